/**
 * Static bash for tunnel-preflight.sh, one chunk per check. Plan values never appear here: they are
 * assigned once to quoted plan_* / site_* variables by preflight.ts. In these template literals `\${` is a bash `${`.
 */

/** Options and result reporting (text lines or --json); exit 0 no FAIL, 1 a FAIL, 2 wrong options. */
export const PREFLIGHT_CORE = `JSON=0
OFFLINE=0
SITE=
while [ "$#" -gt 0 ]; do
  case $1 in
    --json) JSON=1 ;;
    --offline) OFFLINE=1 ;;
    --site) [ "$#" -ge 2 ] || { usage >&2; exit 2; }; SITE=$2; shift ;;
    --site=*) SITE=\${1#--site=} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown option: $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done
pass_count=0
warn_count=0
fail_count=0
skip_count=0
json_items=()

json_str() {
  local s=$1
  s=\${s//\\\\/\\\\\\\\}
  s=\${s//\\"/\\\\\\"}
  s=\${s//$'\\t'/ }
  s=\${s//$'\\n'/ }
  printf '"%s"' "$s"
}
# One line per check: STATUS id: message, then the fix when there is one.
report() {
  local status=$1 id=$2 message=$3 fix=\${4:-}
  case $status in
    PASS) pass_count=$((pass_count + 1)) ;;
    WARN) warn_count=$((warn_count + 1)) ;;
    FAIL) fail_count=$((fail_count + 1)) ;;
    SKIP) skip_count=$((skip_count + 1)) ;;
  esac
  if [ "$JSON" = 1 ]; then
    json_items+=("{\\"id\\":$(json_str "$id"),\\"status\\":$(json_str "$status"),\\"message\\":$(json_str "$message"),\\"fix\\":$(json_str "$fix")}")
  else
    printf '%-4s %s: %s\\n' "$status" "$id" "$message"
    if [ -n "$fix" ]; then printf '     fix: %s\\n' "$fix"; fi
  fi
}
pass() { report PASS "$@"; }
warn() { report WARN "$@"; }
fail() { report FAIL "$@"; }
skip() { report SKIP "$@"; }`;

/** facts#14: distribution and version as planned. */
export const CHECK_OS = `if [ "$distro_ok" = 1 ]; then
  pass os "\${os_id} \${os_version} as planned"
else
  fail os "this server runs \${os_id:-unknown} \${os_version:-unknown}, the plan is for \${want_id} \${want_version}" "use the planned distribution or update the plan (facts#14)"
fi`;

/** facts#28, facts#30, facts#33: CPU architecture, cores, memory, and the disk that holds the container storage. */
export const CHECK_HARDWARE = `arch=$(uname -m)
if [ "$arch" = x86_64 ]; then pass cpu-arch "x86_64"; else fail cpu-arch "$arch is not supported" "use a 64-bit Intel/AMD server (facts#30)"; fi
cores=$(nproc)
if [ "$cores" -ge "$site_cpus" ]; then
  pass cpu-cores "$cores cores (planned $site_cpus)"
elif [ "$cores" -ge 4 ]; then
  warn cpu-cores "$cores cores, planned $site_cpus" "add CPUs to reach the sizing (facts#28)"
else
  fail cpu-cores "$cores cores, planned $site_cpus; the health check wants at least 4" "add CPUs (facts#28, facts#33)"
fi
mem_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
mem_gb=$((mem_kb / 1024 / 1024))
# The kernel reserves some memory: accept 90 % of the planned size.
if [ "$mem_kb" -ge $((site_memory_gb * 1024 * 1024 * 9 / 10)) ]; then
  pass memory "\${mem_gb} GB (planned \${site_memory_gb} GB)"
else
  fail memory "\${mem_gb} GB, planned \${site_memory_gb} GB" "add memory (facts#28)"
fi
# The disk that matters holds the container runtime's storage, not necessarily /.
storage=$plan_storage_path
if command -v docker >/dev/null 2>&1 && root_dir=$(docker info --format '{{.DockerRootDir}}' 2>/dev/null) && [ -n "$root_dir" ]; then storage=$root_dir; fi
while [ ! -e "$storage" ] && [ "$storage" != / ]; do storage=$(dirname "$storage"); done
read -r disk_total_kb disk_free_kb < <(df -Pk "$storage" | awk 'NR == 2 {print $2, $4}')
disk_total_gb=$((disk_total_kb / 1024 / 1024))
disk_free_gb=$((disk_free_kb / 1024 / 1024))
if [ "$disk_total_kb" -ge $((site_disk_gb * 1024 * 1024 * 9 / 10)) ]; then
  pass disk "\${disk_total_gb} GB for $storage (planned \${site_disk_gb} GB)"
else
  fail disk "\${disk_total_gb} GB for $storage, planned \${site_disk_gb} GB" "grow the file system that holds $storage (facts#28)"
fi
if [ "$disk_free_gb" -le 5 ]; then
  warn disk-free "\${disk_free_gb} GB free for $storage" "the disk health check wants more than 5 GB free (facts#172)"
fi`;

/** facts#163: rootless Podman installs under /home. */
export const CHECK_ROOTLESS_HOME = `home_free_kb=$(df -Pk /home | awk 'NR == 2 {print $4}')
if [ "$home_free_kb" -ge $((10 * 1024 * 1024)) ]; then
  pass home-free "$((home_free_kb / 1024 / 1024)) GB free on /home"
else
  fail home-free "$((home_free_kb / 1024 / 1024)) GB free on /home" "rootless Podman installs under /home and needs 10 GB free (facts#163)"
fi`;

/** facts#17, facts#25: Docker CE 19.03 or later (Docker rows name only "Docker CE"). */
export const CHECK_DOCKER = `if command -v docker >/dev/null 2>&1; then
  docker_version=$(docker --version | sed -n 's/^Docker version \\([0-9][0-9.]*\\).*/\\1/p')
  if version_ge "\${docker_version:-0}" "$plan_runtime_min"; then
    pass container-runtime "Docker \${docker_version} (the edition names Docker CE, \${plan_runtime_min} or later)"
  else
    fail container-runtime "Docker \${docker_version:-unknown} is older than \${plan_runtime_min}" "install a current Docker CE (facts#17)"
  fi
  if grep -qs userns-remap /etc/docker/daemon.json; then
    warn docker-userns "userns-remap is set in /etc/docker/daemon.json" "a community report says setup fails at the certificate import with it; remove it before setup (facts §3 item 8, MicrosoftDocs/memdocs#3603)"
  fi
else
  fail container-runtime "Docker is not installed" "run prepare-server.sh, or install Docker CE \${plan_runtime_min} or later (facts#17, facts#194)"
fi
if command -v podman >/dev/null 2>&1; then
  warn container-runtime-both "Podman is also installed; the installer prefers Podman" "remove Podman on a Docker server (facts#25)"
fi`;

/** facts#14, facts#19, facts#25, facts#163: Podman at the installer's minimum, and the version the edition lists. */
export const CHECK_PODMAN = `if command -v podman >/dev/null 2>&1; then
  podman_version=$(podman --version | awk '{print $NF}')
  if ! version_ge "\${podman_version%%[!0-9.]*}" "$plan_runtime_min"; then
    fail container-runtime "Podman \${podman_version:-unknown} is older than \${plan_runtime_min}" "update Podman (facts#25, facts#163)"
  elif [ "\${#plan_runtime_versions[@]}" -gt 0 ] && ! version_matches "$podman_version" "$plan_runtime_match" "\${plan_runtime_versions[@]}"; then
    warn container-runtime "Podman \${podman_version}, but the edition lists \${plan_runtime_label} for this release" "only the listed container version is supported (facts#14)"
  else
    pass container-runtime "Podman \${podman_version}"
  fi
else
  fail container-runtime "Podman is not installed" "run prepare-server.sh, or: dnf install podman (facts#19, facts#194)"
fi
if command -v docker >/dev/null 2>&1; then
  warn container-runtime-both "Docker is also installed next to Podman" "remove Docker so only the planned runtime runs (facts#25)"
fi`;

/** facts#71–77: the modules loaded (or built in), and loaded at boot. */
export const CHECK_MODULES = `for module in "\${plan_modules[@]}"; do
  if [ -d "/sys/module/$module" ]; then
    pass "module-$module" "loaded"
  elif module_present "$module"; then
    pass "module-$module" "built into the kernel"
  else
    fail "module-$module" "not loaded" "modprobe $module (facts#71, facts#73)"
  fi
  if grep -rqsx -- "$module" /etc/modules-load.d/ /usr/lib/modules-load.d/; then
    pass "module-$module-boot" "loaded at boot from modules-load.d"
  elif [ ! -d "/sys/module/$module" ] && module_present "$module"; then
    pass "module-$module-boot" "built into the kernel, nothing to load at boot"
  else
    warn "module-$module-boot" "not configured to load at boot" "echo $module | sudo tee /etc/modules-load.d/mstunnel_\${module//_/}.conf (facts#72, facts#74, facts#75)"
  fi
done`;

/** facts#67–70, facts#164: each planned kernel setting, live and in a sysctl file. */
export const CHECK_SYSCTL = `for setting in "\${plan_sysctl[@]}"; do
  key=\${setting%%=*}
  value=\${setting#*=}
  id=sysctl-$key
  [ "$key" = net.ipv4.ip_forward ] && id=ip-forward
  live=$(sysctl -n "$key" 2>/dev/null || echo unknown)
  if [ "$live" = "$value" ]; then pass "$id" "$key = $live"; else fail "$id" "$key = $live, planned $value" "sysctl -w $key=$value (facts#67, facts#68, facts#164)"; fi
  if grep -Eqs "^[[:space:]]*\${key//./\\\\.}[[:space:]]*=[[:space:]]*\${value}[[:space:]]*$" /etc/sysctl.conf /etc/sysctl.d/*.conf /usr/lib/sysctl.d/*.conf /run/sysctl.d/*.conf; then
    pass "$id-boot" "set at boot by a sysctl file"
  else
    warn "$id-boot" "not set in any sysctl file; lost at reboot" "echo $key=$value | sudo tee -a /etc/sysctl.d/90-mstunnel.conf (facts#69)"
  fi
done`;

/** facts#147: SELinux mode as planned. */
export const CHECK_SELINUX = `if command -v getenforce >/dev/null 2>&1; then
  selinux_mode=$(getenforce | tr '[:upper:]' '[:lower:]')
  if [ "$selinux_mode" = "$plan_selinux" ]; then
    pass selinux "$selinux_mode as planned"
  else
    warn selinux "$selinux_mode, planned $plan_selinux" "align SELinux with the plan or update the plan (facts#147)"
  fi
else
  warn selinux "getenforce not found" "install policycoreutils to read the SELinux mode"
fi`;

/** facts#111, facts#112: the proxy port must be http_port_t. */
export const CHECK_SELINUX_PROXY = `if ! command -v semanage >/dev/null 2>&1; then
  warn selinux-proxy-port "semanage not found; cannot check tcp/\${plan_proxy_port}" "dnf install policycoreutils-python-utils (facts#111)"
elif semanage port -l 2>/dev/null | awk -v port="$plan_proxy_port" -v type=http_port_t "$port_in_type"; then
  pass selinux-proxy-port "tcp/\${plan_proxy_port} is http_port_t"
else
  fail selinux-proxy-port "tcp/\${plan_proxy_port} is not http_port_t" "run selinux-proxy-port.sh (facts#111, facts#112)"
fi`;

/** facts#63, facts#66: auditd installed and running. */
export const CHECK_AUDITD = `if ! command -v auditctl >/dev/null 2>&1; then
  warn auditd "not installed" "run install-auditd.sh before mstunnel-setup (facts#63, facts#66)"
elif systemctl is-active --quiet auditd 2>/dev/null; then
  pass auditd "installed and running"
else
  warn auditd "installed but not running" "service auditd start (facts#66)"
fi`;

/** Summary, inbound test commands and the exit status (0 no FAIL, 1 at least one FAIL). */
export const PREFLIGHT_END = `if [ "$JSON" = 1 ]; then
  printf '{"site":%s,"checks":[' "$(json_str "$SITE")"
  sep=""
  for item in "\${json_items[@]}"; do printf '%s%s' "$sep" "$item"; sep=","; done
  printf '],"summary":{"pass":%d,"warn":%d,"fail":%d,"skip":%d},"inboundTests":[' "$pass_count" "$warn_count" "$fail_count" "$skip_count"
  sep=""
  for cmd in "\${inbound_tests[@]}"; do printf '%s%s' "$sep" "$(json_str "$cmd")"; sep=","; done
  printf ']}\\n'
else
  echo
  echo "Test the inbound ports from a machine OUTSIDE your network (facts#90: the readiness tool does not):"
  for cmd in "\${inbound_tests[@]}"; do echo "  $cmd"; done
  echo "  A TCP test or the TLS handshake proves the port is open end to end."
  echo "  A UDP test only proves nothing rejected the packet; UDP has no handshake, so 'open' can also mean 'silently dropped'."
  echo "  Confirm UDP with: sudo tcpdump -ni any udp port <port> on the server while a device connects."
  echo
  echo "Summary: \${pass_count} pass, \${warn_count} warn, \${fail_count} fail, \${skip_count} skipped"
fi
# Exit status: 0 without a FAIL, 1 with at least one (2 is kept for wrong options).
if [ "$fail_count" -gt 0 ]; then exit 1; fi
exit 0`;
