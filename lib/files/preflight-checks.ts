/**
 * Static bash for tunnel-preflight.sh, one chunk per check. Plan values never appear here: they are
 * assigned once to quoted plan_* variables by preflight.ts. In these template literals `\${` is a bash `${`.
 */

/** Options and result reporting (text lines or --json). */
export const PREFLIGHT_CORE = `JSON=0
OFFLINE=0
for arg in "$@"; do
  case $arg in
    --json) JSON=1 ;;
    --offline) OFFLINE=1 ;;
    -h|--help) echo "usage: tunnel-preflight.sh [--json] [--offline]"; exit 0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
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

/** facts#28, facts#30, facts#33: CPU architecture, cores, memory and disk against the sizing. */
export const CHECK_HARDWARE = `arch=$(uname -m)
if [ "$arch" = x86_64 ]; then pass cpu-arch "x86_64"; else fail cpu-arch "$arch is not supported" "use a 64-bit Intel/AMD server (facts#30)"; fi
cores=$(nproc)
if [ "$cores" -ge "$plan_cpus" ]; then
  pass cpu-cores "$cores cores (planned $plan_cpus)"
elif [ "$cores" -ge 4 ]; then
  warn cpu-cores "$cores cores, planned $plan_cpus" "add CPUs to reach the sizing (facts#28)"
else
  fail cpu-cores "$cores cores, planned $plan_cpus; the health check wants at least 4" "add CPUs (facts#28, facts#33)"
fi
mem_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
mem_gb=$((mem_kb / 1024 / 1024))
# The kernel reserves some memory: accept 90 % of the planned size.
if [ "$mem_kb" -ge $((plan_memory_gb * 1024 * 1024 * 9 / 10)) ]; then
  pass memory "\${mem_gb} GB (planned \${plan_memory_gb} GB)"
else
  fail memory "\${mem_gb} GB, planned \${plan_memory_gb} GB" "add memory (facts#28)"
fi
read -r disk_total_kb disk_free_kb < <(df -Pk / | awk 'NR == 2 {print $2, $4}')
disk_total_gb=$((disk_total_kb / 1024 / 1024))
disk_free_gb=$((disk_free_kb / 1024 / 1024))
if [ "$disk_total_kb" -ge $((plan_disk_gb * 1024 * 1024 * 9 / 10)) ]; then
  pass disk "\${disk_total_gb} GB on / (planned \${plan_disk_gb} GB)"
else
  fail disk "\${disk_total_gb} GB on /, planned \${plan_disk_gb} GB" "grow the disk (facts#28)"
fi
if [ "$disk_free_gb" -le 5 ]; then
  warn disk-free "\${disk_free_gb} GB free on /" "the disk health check wants more than 5 GB free (facts#172)"
fi`;

/** facts#163: rootless Podman installs under /home. */
export const CHECK_ROOTLESS_HOME = `home_free_kb=$(df -Pk /home | awk 'NR == 2 {print $4}')
if [ "$home_free_kb" -ge $((10 * 1024 * 1024)) ]; then
  pass home-free "$((home_free_kb / 1024 / 1024)) GB free on /home"
else
  fail home-free "$((home_free_kb / 1024 / 1024)) GB free on /home" "rootless Podman installs under /home and needs 10 GB free (facts#163)"
fi`;

/** facts#4, facts#17, facts#25: Docker CE 19.03 or later. */
export const CHECK_DOCKER = `if command -v docker >/dev/null 2>&1; then
  docker_version=$(docker --version | sed -n 's/^Docker version \\([0-9.]*\\).*/\\1/p')
  if version_ge "\${docker_version:-0}" 19.03; then
    pass container-runtime "Docker \${docker_version}"
  else
    fail container-runtime "Docker \${docker_version:-unknown} is older than 19.03" "install a current Docker CE (facts#17)"
  fi
  if grep -qs userns-remap /etc/docker/daemon.json; then
    fail docker-userns "userns-remap is set in /etc/docker/daemon.json" "remove userns-remap; Tunnel setup fails with it"
  fi
else
  fail container-runtime "Docker is not installed" "install Docker CE 19.03 or later (facts#4, facts#17)"
fi
if command -v podman >/dev/null 2>&1; then
  warn container-runtime-both "Podman is also installed; the installer prefers Podman" "remove Podman on a Docker server (facts#25)"
fi`;

/** facts#4, facts#19, facts#25: Podman version. */
export const CHECK_PODMAN = `if command -v podman >/dev/null 2>&1; then
  podman_version=$(podman --version | awk '{print $NF}')
  if version_ge "\${podman_version:-0}" "$plan_podman_min"; then
    pass container-runtime "Podman \${podman_version}"
  else
    fail container-runtime "Podman \${podman_version:-unknown} is older than \${plan_podman_min}" "update Podman (dnf module install container-tools) (facts#19, facts#163)"
  fi
else
  fail container-runtime "Podman is not installed" "install Podman: dnf install podman (facts#4, facts#19)"
fi`;

/** facts#67–77: ip_tables, tun and forwarding, now and after a reboot. */
export const CHECK_KERNEL = `for module in ip_tables tun; do
  if [ -d "/sys/module/$module" ]; then
    pass "module-$module" "loaded"
  else
    fail "module-$module" "not loaded" "modprobe $module (facts#71, facts#73)"
  fi
  if grep -rqsx -- "$module" /etc/modules-load.d/ /usr/lib/modules-load.d/; then
    pass "module-$module-boot" "loaded at boot from modules-load.d"
  else
    warn "module-$module-boot" "not configured to load at boot" "echo $module | sudo tee /etc/modules-load.d/mstunnel_\${module//_/}.conf (facts#72, facts#74, facts#75)"
  fi
done
if [ "$(cat /proc/sys/net/ipv4/ip_forward)" = 1 ]; then
  pass ip-forward "net.ipv4.ip_forward = 1"
else
  fail ip-forward "net.ipv4.ip_forward = 0" "sysctl -w net.ipv4.ip_forward=1 (facts#67, facts#68)"
fi
if grep -Eqs '^[[:space:]]*net\\.ipv4\\.ip_forward[[:space:]]*=[[:space:]]*1' /etc/sysctl.conf /etc/sysctl.d/*.conf /usr/lib/sysctl.d/*.conf /run/sysctl.d/*.conf; then
  pass ip-forward-boot "enabled at boot by a sysctl file"
else
  warn ip-forward-boot "not set in any sysctl file; lost at reboot" "echo net.ipv4.ip_forward=1 | sudo tee /etc/sysctl.d/90-mstunnel.conf (facts#69)"
fi`;

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

/** facts#87, facts#88, facts#90: inbound TCP and UDP rules for the Tunnel port. */
export const CHECK_FIREWALL = `# facts#90: the readiness tool never checks inbound rules.
firewall_has() {
  local proto=$1 port=$2
  case $plan_firewall in
    ufw) ufw status 2>/dev/null | grep -Eq "^\${port}(/\${proto})?[[:space:]]+ALLOW" ;;
    firewalld) firewall-cmd --list-ports 2>/dev/null | tr ' ' '\\n' | grep -qx "\${port}/\${proto}" ;;
    nftables) nft list ruleset 2>/dev/null | grep -Eq "\${proto} dport \${port} accept" ;;
    iptables) iptables -S INPUT 2>/dev/null | grep -Eq -- "-p \${proto} .*--dport \${port} .*-j ACCEPT" ;;
  esac
}
if ! is_root; then
  warn firewall "not root: cannot read the $plan_firewall rules" "run the preflight with sudo"
elif ! command -v "$plan_firewall_cmd" >/dev/null 2>&1; then
  fail firewall "$plan_firewall is not installed" "install $plan_firewall, then run firewall.sh (facts#87)"
else
  for port in "\${plan_tcp_ports[@]}"; do
    if firewall_has tcp "$port"; then pass "firewall-tcp-$port" "$plan_firewall allows TCP $port inbound"; else fail "firewall-tcp-$port" "$plan_firewall does not allow TCP $port inbound" "run firewall.sh (facts#87, facts#88)"; fi
  done
  for port in "\${plan_udp_ports[@]}"; do
    if firewall_has udp "$port"; then pass "firewall-udp-$port" "$plan_firewall allows UDP $port inbound"; else fail "firewall-udp-$port" "$plan_firewall does not allow UDP $port inbound" "run firewall.sh (facts#52, facts#88)"; fi
  done
fi`;

/** facts#87: who listens on the Tunnel port. */
export const CHECK_LISTENERS = `for port in "\${plan_tcp_ports[@]}"; do
  listener=$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n 1)
  if [ -z "$listener" ]; then
    pass "listen-tcp-$port" "nothing listens on TCP $port yet (free for Tunnel)"
  elif printf '%s' "$listener" | grep -q ocserv; then
    pass "listen-tcp-$port" "Tunnel (ocserv) listens on TCP $port"
  else
    warn "listen-tcp-$port" "another service listens on TCP $port: $(printf '%s' "$listener" | awk '{print $NF}')" "free the port or plan another one (facts#87, facts#88)"
  fi
done`;

/** facts#55, facts#152: container bridge and client pool against the host routes. */
export const CHECK_ROUTES = `# facts#55, facts §3 item 6: a bridge or pool that overlaps a route hides that network.
route_overlap() {
  local cidr=$1 dst dev found=""
  while read -r dst dev; do
    case $dev in docker0 | cni-podman0 | podman0 | tun*) continue ;; esac
    if cidr_overlap "$cidr" "$dst"; then found="$found $dst"; fi
  done < <(ip -4 route show | awk '$1 ~ /^[0-9]/ {dev = ""; for (i = 2; i < NF; i++) if ($i == "dev") dev = $(i + 1); print $1, dev}' | sort -u)
  printf '%s' "$found"
}
if ! command -v ip >/dev/null 2>&1; then
  warn routes "the ip command is missing; cannot compare routes" "install iproute2"
else
  overlap=$(route_overlap "$plan_bridge")
  if [ -z "$overlap" ]; then
    pass bridge-routes "container bridge $plan_bridge overlaps no route"
  else
    fail bridge-routes "container bridge $plan_bridge overlaps routes:$overlap" "pick another bridge range in the plan; run change-bridge.sh after setup (facts#55, facts#56)"
  fi
  overlap=$(route_overlap "$plan_client_pool")
  if [ -z "$overlap" ]; then
    pass client-pool-routes "client pool $plan_client_pool overlaps no route"
  else
    fail client-pool-routes "client pool $plan_client_pool overlaps routes:$overlap" "use a pool that no network here uses, e.g. 169.254.0.0/16 (facts#152)"
  fi
fi`;

/** Summary, inbound test commands and the exit status. */
export const PREFLIGHT_END = `if [ "$JSON" = 1 ]; then
  printf '{"checks":['
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
# Exit status = number of FAIL checks (capped at 100).
exit $((fail_count > 100 ? 100 : fail_count))`;

/** Helper functions, included only when a chosen check calls them (unused functions trip shellcheck). */
export const PREFLIGHT_HELPERS: Record<string, string> = {
  is_root: `is_root() { [ "$(id -u)" -eq 0 ]; }`,
  cidr_overlap: `ip_to_int() {
  local a b c d
  IFS=. read -r a b c d <<< "$1"
  echo $(((a << 24) + (b << 16) + (c << 8) + d))
}
# True when two IPv4 CIDRs (or addresses) overlap.
cidr_overlap() {
  local a=\${1%/*} b=\${2%/*} ap=32 bp=32 p mask
  [ "$a" != "$1" ] && ap=\${1#*/}
  [ "$b" != "$2" ] && bp=\${2#*/}
  p=$((ap < bp ? ap : bp))
  mask=$(((0xFFFFFFFF << (32 - p)) & 0xFFFFFFFF))
  [ "$p" -eq 0 ] && mask=0
  [ $(($(ip_to_int "$a") & mask)) -eq $(($(ip_to_int "$b") & mask)) ]
}`,
  version_ge: `# "1.2.3" >= "1.2"?
version_ge() {
  [ "$(printf '%s\\n%s\\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}`,
  name_covers: `# True when a certificate name (exact or *.wildcard for one label) covers the address.
name_covers() {
  local address=$1 name=$2
  [ "$name" = "$address" ] && return 0
  case $name in
    '*.'*) [ "\${address#*.}" = "\${name#\\*.}" ] && [ "\${address%%.*}" != "$address" ] && return 0 ;;
  esac
  return 1
}`,
  curl_proxy: `curl_proxy=()
if [ -n "$plan_proxy" ]; then curl_proxy=(--proxy "$plan_proxy"); fi`,
};
