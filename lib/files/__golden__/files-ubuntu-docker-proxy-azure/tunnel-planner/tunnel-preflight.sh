#!/usr/bin/env bash
# Read-only check of this server against the plan. Changes nothing.
# Usage: sudo ./tunnel-preflight.sh [--json] [--offline] [--site NAME]
# Prints PASS/WARN/FAIL/SKIP lines with the fix.
# Exit status: 0 no FAIL (WARNs may remain), 1 at least one FAIL (the summary counts them), 2 wrong options.
# No set -e: every check handles its own errors so the report always runs to the end.

# Plan values (quoted; written by Tunnel Planner).
plan_proxy=http://proxy.contoso.com:8080
plan_runtime=docker
plan_runtime_min=19.03
plan_storage_path=/var/lib/docker
plan_modules=(ip_tables tun)
plan_sysctl=(net.ipv4.ip_forward=1)
plan_firewall=ufw
plan_other_firewalls=(firewalld)
plan_bridge=192.168.128.0/24
plan_bridge_devices=(docker0)
plan_client_pool=169.254.0.0/16
plan_pool_fix='use a pool that no network here uses, in the server configuration (facts#152)'
plan_cert_format=pem
plan_max_validity_days=200
plan_hosts=(agents.amsua0502.manage.microsoft.com agents.msua01.manage.microsoft.com amsua0102moaas.blob.core.windows.net amsub0102moaas.blob.core.windows.net eastus.data.mcr.microsoft.com graph.microsoft.com login.microsoftonline.com login.windows.net manage.microsoft.com mcr.microsoft.com powerlift-frontdesk.acompli.net sts.windows.net westeurope.data.mcr.microsoft.com)

# Options and result reporting.
usage() { echo 'usage: tunnel-preflight.sh [--json] [--offline]'; }
JSON=0
OFFLINE=0
SITE=
while [ "$#" -gt 0 ]; do
  case $1 in
    --json) JSON=1 ;;
    --offline) OFFLINE=1 ;;
    --site) [ "$#" -ge 2 ] || { usage >&2; exit 2; }; SITE=$2; shift ;;
    --site=*) SITE=${1#--site=} ;;
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
  s=${s//\\/\\\\}
  s=${s//\"/\\\"}
  s=${s//$'\t'/ }
  s=${s//$'\n'/ }
  printf '"%s"' "$s"
}
# One line per check: STATUS id: message, then the fix when there is one.
report() {
  local status=$1 id=$2 message=$3 fix=${4:-}
  case $status in
    PASS) pass_count=$((pass_count + 1)) ;;
    WARN) warn_count=$((warn_count + 1)) ;;
    FAIL) fail_count=$((fail_count + 1)) ;;
    SKIP) skip_count=$((skip_count + 1)) ;;
  esac
  if [ "$JSON" = 1 ]; then
    json_items+=("{\"id\":$(json_str "$id"),\"status\":$(json_str "$status"),\"message\":$(json_str "$message"),\"fix\":$(json_str "$fix")}")
  else
    printf '%-4s %s: %s\n' "$status" "$id" "$message"
    if [ -n "$fix" ]; then printf '     fix: %s\n' "$fix"; fi
  fi
}
pass() { report PASS "$@"; }
warn() { report WARN "$@"; }
fail() { report FAIL "$@"; }
skip() { report SKIP "$@"; }

# facts#161: each server belongs to one site and opens only that site's ports.
SITE=${SITE:-primary}
# shellcheck disable=SC2034 # not every script reads every site value
case $SITE in
  primary)
    site_tcp_ports=(443)
    site_udp_ports=(443)
    site_cpus=4; site_memory_gb=4; site_disk_gb=30
    site_addresses=(tunnel.contoso.com)
    inbound_tests=('nc -vz tunnel.contoso.com 443' 'openssl s_client -connect tunnel.contoso.com:443 -servername tunnel.contoso.com </dev/null' 'nc -vzu tunnel.contoso.com 443')
    ;;
  *) echo "unknown site: $SITE (this plan has: primary)" >&2; exit 2 ;;
esac

# Helpers used by the checks below.
is_root() { [ "$(id -u)" -eq 0 ]; }
ip_to_int() {
  local a b c d
  IFS=. read -r a b c d <<< "$1"
  echo $(((a << 24) + (b << 16) + (c << 8) + d))
}
# True when two IPv4 CIDRs (or addresses) overlap; an address inside a network overlaps it.
cidr_overlap() {
  local a=${1%/*} b=${2%/*} ap=32 bp=32 p mask
  [ "$a" != "$1" ] && ap=${1#*/}
  [ "$b" != "$2" ] && bp=${2#*/}
  p=$((ap < bp ? ap : bp))
  mask=$(((0xFFFFFFFF << (32 - p)) & 0xFFFFFFFF))
  [ "$p" -eq 0 ] && mask=0
  [ $(($(ip_to_int "$a") & mask)) -eq $(($(ip_to_int "$b") & mask)) ]
}
int_to_ip() { echo "$((($1 >> 24) & 255)).$((($1 >> 16) & 255)).$((($1 >> 8) & 255)).$(($1 & 255))"; }
# 172.17.0.1/16 -> 172.17.0.0/16
cidr_network() {
  local p=${1#*/} mask
  mask=$(((0xFFFFFFFF << (32 - p)) & 0xFFFFFFFF))
  echo "$(int_to_ip $(($(ip_to_int "${1%/*}") & mask)))/$p"
}
# "1.2.3" >= "1.2"?
version_ge() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}
module_present() {
  local module=$1
  [ -d "/sys/module/$module" ] && return 0
  grep -qs "/$module.ko" "/lib/modules/$(uname -r)/modules.builtin" && return 0
  case $module in
    tun) [ -c /dev/net/tun ] ;;
    ip_tables) [ -e /proc/net/ip_tables_names ] ;;
    *) return 1 ;;
  esac
}
# True when a certificate name (exact or *.wildcard for one label) covers the address; both lower case.
name_covers() {
  local address=$1 name=$2
  [ "$name" = "$address" ] && return 0
  case $name in
    '*.'*) [ "${address#*.}" = "${name#\*.}" ] && [ "${address%%.*}" != "$address" ] && return 0 ;;
  esac
  return 1
}
curl_proxy=()
if [ -n "$plan_proxy" ]; then curl_proxy=(--proxy "$plan_proxy"); fi

# facts#14: the plan was made for this distribution and version.
want_id=ubuntu
want_version=22.04
os_release=/etc/os-release
if [ -n "${TP_OS_RELEASE:-}" ]; then
  : # read-only script: the override is harmless
  os_release=$TP_OS_RELEASE
fi
os_id=$(sed -n 's/^ID=//p' "$os_release" | tr -d '"')
os_version=$(sed -n 's/^VERSION_ID=//p' "$os_release" | tr -d '"')
distro_ok=0
if [ "$os_id" = "$want_id" ]; then
  case $os_version in "$want_version" | "$want_version".*) distro_ok=1 ;; esac
fi

# facts#14: distribution and version as planned.
if [ "$distro_ok" = 1 ]; then
  pass os "${os_id} ${os_version} as planned"
else
  fail os "this server runs ${os_id:-unknown} ${os_version:-unknown}, the plan is for ${want_id} ${want_version}" "use the planned distribution or update the plan (facts#14)"
fi

# facts#28, facts#30, facts#33: architecture, cores, memory and the storage disk against the sizing (the readiness tool does not check these).
arch=$(uname -m)
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
  pass memory "${mem_gb} GB (planned ${site_memory_gb} GB)"
else
  fail memory "${mem_gb} GB, planned ${site_memory_gb} GB" "add memory (facts#28)"
fi
# The disk that matters holds the container runtime's storage, not necessarily /.
storage=$plan_storage_path
if command -v docker >/dev/null 2>&1 && root_dir=$(docker info --format '{{.DockerRootDir}}' 2>/dev/null) && [ -n "$root_dir" ]; then storage=$root_dir; fi
while [ ! -e "$storage" ] && [ "$storage" != / ]; do storage=$(dirname "$storage"); done
read -r disk_total_kb disk_free_kb < <(df -Pk "$storage" | awk 'NR == 2 {print $2, $4}')
disk_total_gb=$((disk_total_kb / 1024 / 1024))
disk_free_gb=$((disk_free_kb / 1024 / 1024))
if [ "$disk_total_kb" -ge $((site_disk_gb * 1024 * 1024 * 9 / 10)) ]; then
  pass disk "${disk_total_gb} GB for $storage (planned ${site_disk_gb} GB)"
else
  fail disk "${disk_total_gb} GB for $storage, planned ${site_disk_gb} GB" "grow the file system that holds $storage (facts#28)"
fi
if [ "$disk_free_gb" -le 5 ]; then
  warn disk-free "${disk_free_gb} GB free for $storage" "the disk health check wants more than 5 GB free (facts#172)"
fi

# facts#17, facts#25: Docker CE 19.03 or later, and no Podman next to it.
if command -v docker >/dev/null 2>&1; then
  docker_version=$(docker --version | sed -n 's/^Docker version \([0-9][0-9.]*\).*/\1/p')
  if version_ge "${docker_version:-0}" "$plan_runtime_min"; then
    pass container-runtime "Docker ${docker_version} (the edition names Docker CE, ${plan_runtime_min} or later)"
  else
    fail container-runtime "Docker ${docker_version:-unknown} is older than ${plan_runtime_min}" "install a current Docker CE (facts#17)"
  fi
  if grep -qs userns-remap /etc/docker/daemon.json; then
    warn docker-userns "userns-remap is set in /etc/docker/daemon.json" "a community report says setup fails at the certificate import with it; remove it before setup (facts §3 item 8, MicrosoftDocs/memdocs#3603)"
  fi
else
  fail container-runtime "Docker is not installed" "run prepare-server.sh, or install Docker CE ${plan_runtime_min} or later (facts#17, facts#194)"
fi
if command -v podman >/dev/null 2>&1; then
  warn container-runtime-both "Podman is also installed; the installer prefers Podman" "remove Podman on a Docker server (facts#25)"
fi

# facts#71–77: the kernel modules, loaded or built in, and loaded at boot.
for module in "${plan_modules[@]}"; do
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
    warn "module-$module-boot" "not configured to load at boot" "echo $module | sudo tee /etc/modules-load.d/mstunnel_${module//_/}.conf (facts#72, facts#74, facts#75)"
  fi
done

# facts#67–70, facts#164: the kernel settings, now and at boot.
for setting in "${plan_sysctl[@]}"; do
  key=${setting%%=*}
  value=${setting#*=}
  id=sysctl-$key
  [ "$key" = net.ipv4.ip_forward ] && id=ip-forward
  live=$(sysctl -n "$key" 2>/dev/null || echo unknown)
  if [ "$live" = "$value" ]; then pass "$id" "$key = $live"; else fail "$id" "$key = $live, planned $value" "sysctl -w $key=$value (facts#67, facts#68, facts#164)"; fi
  if grep -Eqs "^[[:space:]]*${key//./\\.}[[:space:]]*=[[:space:]]*${value}[[:space:]]*$" /etc/sysctl.conf /etc/sysctl.d/*.conf /usr/lib/sysctl.d/*.conf /run/sysctl.d/*.conf; then
    pass "$id-boot" "set at boot by a sysctl file"
  else
    warn "$id-boot" "not set in any sysctl file; lost at reboot" "echo $key=$value | sudo tee -a /etc/sysctl.d/90-mstunnel.conf (facts#69)"
  fi
done

# facts#106–110: the proxy files hold the planned proxy.
if grep -qsxF -- 'Acquire::https::Proxy "http://proxy.contoso.com:8080/";' /etc/apt/apt.conf.d/90mstunnel-proxy; then pass proxy-apt '/etc/apt/apt.conf.d/90mstunnel-proxy sets the planned proxy'; else fail proxy-apt '/etc/apt/apt.conf.d/90mstunnel-proxy does not set the planned proxy' "run prepare-server.sh (facts#106-110)"; fi
if grep -qsxF -- 'Acquire::http::Proxy "http://proxy.contoso.com:8080/";' /etc/apt/apt.conf.d/90mstunnel-proxy; then pass proxy-apt-http '/etc/apt/apt.conf.d/90mstunnel-proxy sets the planned proxy'; else fail proxy-apt-http '/etc/apt/apt.conf.d/90mstunnel-proxy does not set the planned proxy' "run prepare-server.sh (facts#106-110)"; fi
if grep -qsxF -- http_proxy=http://proxy.contoso.com:8080 /etc/environment; then pass proxy-environment-http_proxy '/etc/environment sets the planned proxy'; else fail proxy-environment-http_proxy '/etc/environment does not set the planned proxy' "run prepare-server.sh (facts#106-110)"; fi
if grep -qsxF -- https_proxy=http://proxy.contoso.com:8080 /etc/environment; then pass proxy-environment-https_proxy '/etc/environment sets the planned proxy'; else fail proxy-environment-https_proxy '/etc/environment does not set the planned proxy' "run prepare-server.sh (facts#106-110)"; fi
if grep -qsxF -- no_proxy=127.0.0.1,localhost,.contoso.local /etc/environment; then pass proxy-environment-no_proxy '/etc/environment sets the planned proxy'; else fail proxy-environment-no_proxy '/etc/environment does not set the planned proxy' "run prepare-server.sh (facts#106-110)"; fi
if grep -qsxF -- '# HTTPS_PROXY also uses http:// because the proxy is reached over plain HTTP (CONNECT).' /etc/systemd/system/docker.service.d/http-proxy.conf; then pass proxy-docker '/etc/systemd/system/docker.service.d/http-proxy.conf sets the planned proxy'; else fail proxy-docker '/etc/systemd/system/docker.service.d/http-proxy.conf does not set the planned proxy' "run prepare-server.sh (facts#106-110)"; fi
if [ -f /etc/mstunnel/env.sh ]; then
  if grep -qsxF -- HTTPS_PROXY=http://proxy.contoso.com:8080 /etc/mstunnel/env.sh; then pass proxy-env-sh '/etc/mstunnel/env.sh sets the planned proxy'; else fail proxy-env-sh '/etc/mstunnel/env.sh does not set the planned proxy' "run prepare-server.sh (facts#106-110)"; fi
fi

# facts#63, facts#66: auditd installed and running.
if ! command -v auditctl >/dev/null 2>&1; then
  warn auditd "not installed" "run install-auditd.sh before mstunnel-setup (facts#63, facts#66)"
elif systemctl is-active --quiet auditd 2>/dev/null; then
  pass auditd "installed and running"
else
  warn auditd "installed but not running" "service auditd start (facts#66)"
fi

# facts#87, facts#88, facts#90: inbound rules for the site's Tunnel port (the readiness tool does not check them).
# facts#90: the readiness tool never checks inbound rules.
if ! is_root; then
  warn firewall "not root: cannot read the firewall rules" "run the preflight with sudo"
else
  if ! command -v ufw >/dev/null 2>&1; then
    fail firewall "ufw is not installed" "run prepare-server.sh or firewall.sh (facts#87)"
  elif ! ufw_status=$(ufw status 2>/dev/null) || ! grep -q '^Status: active' <<< "$ufw_status"; then
    fail firewall "ufw is not active" "run prepare-server.sh or firewall.sh (facts#87)"
  else
  for proto in tcp udp; do
    if [ "$proto" = tcp ]; then ports=("${site_tcp_ports[@]}"); else ports=(${site_udp_ports[@]+"${site_udp_ports[@]}"}); fi
    for port in ${ports[@]+"${ports[@]}"}; do
      id="firewall-$proto-$port"
      PROTO=$(printf '%s' "$proto" | tr '[:lower:]' '[:upper:]')
      if grep -Eq "^${port}/${proto}[[:space:]]+ALLOW( IN)?[[:space:]]+Anywhere[[:space:]]*$" <<< "$ufw_status"; then pass "$id" "ufw allows $PROTO $port inbound"; else fail "$id" "ufw does not allow $PROTO $port inbound" "run firewall.sh (facts#87, facts#88)"; fi
    done
  done
  fi
  for other in "${plan_other_firewalls[@]}"; do
    active=0
    case $other in
      firewalld) systemctl is-active --quiet firewalld 2>/dev/null && active=1 ;;
      ufw) command -v ufw >/dev/null 2>&1 && ufw status 2>/dev/null | grep -q '^Status: active' && active=1 ;;
    esac
    [ "$active" = 1 ] || continue
    if [ "$plan_firewall" = none ]; then
      warn "firewall-$other" "$other is active, and the plan has no host firewall: it may block the Tunnel port" "allow the Tunnel port in $other or turn it off (facts#87)"
    else
      fail "firewall-$other" "$other is active next to the planned $plan_firewall: both filter" "turn it off: prepare-server.sh and firewall.sh do (facts#87)"
    fi
  done
fi

# facts#87, facts#183: what listens on the Tunnel port.
for port in "${site_tcp_ports[@]}"; do
  listener=$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n 1)
  process=$(printf '%s' "$listener" | sed -n 's/.*users:(("\([^"]*\)".*/\1/p')
  if [ -z "$listener" ]; then
    pass "listen-tcp-$port" "nothing listens on TCP $port yet (free for Tunnel)"
  elif [ "$process" = ocserv ]; then
    pass "listen-tcp-$port" "Tunnel (ocserv) listens on TCP $port"
  elif [[ " docker-proxy conmon rootlessport pasta slirp4netns " == *" $process "* ]]; then
    if "$plan_runtime" port mstunnel-server 2>/dev/null | grep -q ":$port$"; then
      pass "listen-tcp-$port" "the mstunnel-server container publishes TCP $port ($process)"
    else
      warn "listen-tcp-$port" "a container publishes TCP $port ($process), not visibly mstunnel-server" "check: $plan_runtime port mstunnel-server (facts#183)"
    fi
  else
    warn "listen-tcp-$port" "another service listens on TCP $port: ${process:-unknown}" "free the port or plan another one (facts#87, facts#88)"
  fi
done

# facts#55, facts#152: container bridge and client pool against this host's routes.
# facts#55, facts §3 item 6: a bridge or pool that overlaps a route hides that network.
# Link-local routes (169.254.0.0/16, e.g. a cloud's metadata service at 169.254.169.254) are listed apart:
# the pool Microsoft suggests is that range (facts#152), and those host routes hide no corporate network.
route_overlap() {
  local cidr=$1 dst dev found=""
  while read -r dst dev; do
    case $dev in docker0 | cni-podman0 | podman0 | tun*) continue ;; esac
    if cidr_overlap "$cidr" "$dst"; then found="$found $dst"; fi
  done < <(ip -4 route show | awk '$1 ~ /^[0-9]/ {dev = ""; for (i = 2; i < NF; i++) if ($i == "dev") dev = $(i + 1); print $1, dev}' | sort -u)
  printf '%s' "$found"
}
# Split a list of routes into link-local ones ($2 = yes) or the others ($2 = no).
routes_where_link_local() { local r out=""; for r in $1; do if cidr_overlap "$r" 169.254.0.0/16; then [ "$2" = yes ] && out="$out $r"; else [ "$2" = no ] && out="$out $r"; fi; done; printf '%s' "$out"; }
if ! command -v ip >/dev/null 2>&1; then
  warn routes "the ip command is missing; cannot compare routes" "install iproute2"
else
  bridge=$plan_bridge
  bridge_label="planned container bridge"
  for dev in "${plan_bridge_devices[@]}"; do
    live=$(ip -4 -o addr show dev "$dev" 2>/dev/null | awk '{print $4; exit}')
    if [ -n "$live" ]; then bridge=$(cidr_network "$live"); bridge_label="live bridge $dev"; break; fi
  done
  if [ "$bridge_label" != "planned container bridge" ] && [ "$bridge" != "$plan_bridge" ]; then
    fail bridge-planned "the $bridge_label is $bridge, the plan wants $plan_bridge" "run change-bridge.sh (facts#56)"
  fi
  overlap=$(route_overlap "$bridge")
  if [ -z "$overlap" ]; then
    pass bridge-routes "$bridge_label $bridge overlaps no route"
  else
    fail bridge-routes "$bridge_label $bridge overlaps routes:$overlap" "pick another bridge range in the plan; run change-bridge.sh after setup (facts#55, facts#56)"
  fi
  overlap=$(route_overlap "$plan_client_pool")
  hidden=$(routes_where_link_local "$overlap" no)
  if [ -n "$hidden" ]; then
    fail client-pool-routes "client pool $plan_client_pool overlaps routes:$hidden" "$plan_pool_fix"
  elif [ -n "$overlap" ]; then
    pass client-pool-routes "client pool $plan_client_pool overlaps only link-local routes ($(routes_where_link_local "$overlap" yes | sed 's/^ //')), such as a cloud metadata service; that is expected (facts#152)"
  else
    pass client-pool-routes "client pool $plan_client_pool overlaps no route"
  fi
fi

# facts#36–50: certificate files, names, lifetime, key, chain order and revocation URL.
# facts#36–50: certificate files as mstunnel-setup expects them.
# TP_MSTUNNEL_DIR lets tests point at sample files; this script only reads.
mstunnel_dir=${TP_MSTUNNEL_DIR:-/etc/mstunnel}
cert_file=""
cert_tmp=""
if [ "$plan_cert_format" = pfx ]; then
  pfx=$mstunnel_dir/private/site.pfx
  if [ ! -e "$pfx" ]; then
    warn cert-files "$pfx is not there yet" "copy the PFX to $pfx before setup (facts#46)"
  elif [ ! -r "$pfx" ]; then
    warn cert-files "$pfx is not readable by this user" "run the preflight with sudo"
  else
    cert_tmp=$(mktemp)
    if openssl pkcs12 -in "$pfx" -nokeys -passin pass: -out "$cert_tmp" 2>/dev/null || openssl pkcs12 -legacy -in "$pfx" -nokeys -passin pass: -out "$cert_tmp" 2>/dev/null; then
      pass cert-files "$pfx is readable"
      cert_file=$cert_tmp
    else
      warn cert-files "$pfx needs a password; its contents were not checked" "check it with: openssl pkcs12 -info -in $pfx"
    fi
  fi
else
  crt=$mstunnel_dir/certs/site.crt
  key=$mstunnel_dir/private/site.key
  if [ ! -e "$crt" ]; then
    warn cert-files "$crt is not there yet" "copy the full chain to $crt and the key to $key before setup (facts#47)"
  else
    cert_file=$crt
    if [ ! -e "$key" ]; then
      fail cert-key "$key is missing" "copy the private key to $key (facts#47)"
    elif [ ! -r "$key" ]; then
      warn cert-key "$key is not readable by this user" "run the preflight with sudo"
    elif ! openssl pkey -in "$key" -passin pass: -noout 2>/dev/null; then
      fail cert-key "$key is password-protected or not a key" "remove the password: openssl pkey -in old.key -out $key (facts#47)"
    elif [ "$(openssl pkey -in "$key" -pubout 2>/dev/null)" = "$(openssl x509 -in "$crt" -noout -pubkey 2>/dev/null)" ]; then
      pass cert-key "$key matches the certificate"
    else
      fail cert-key "$key does not match the certificate in $crt" "copy the key that belongs to this certificate (facts#47)"
    fi
  fi
fi
if [ -n "$cert_file" ]; then
  if ! openssl x509 -in "$cert_file" -noout 2>/dev/null; then
    fail cert-parse "$cert_file holds no readable certificate" "export it as PEM (facts#43)"
  else
    if ! openssl x509 -in "$cert_file" -noout -checkend 0 >/dev/null; then
      fail cert-expiry "the certificate has expired" "renew it, then mst-cli import_cert (facts#48)"
    elif ! openssl x509 -in "$cert_file" -noout -checkend 2592000 >/dev/null; then
      warn cert-expiry "the certificate expires within 30 days" "renew it soon (facts#48)"
    else
      pass cert-expiry "valid for more than 30 days"
    fi
    not_before=$(date -d "$(openssl x509 -in "$cert_file" -noout -startdate | cut -d= -f2)" +%s)
    not_after=$(date -d "$(openssl x509 -in "$cert_file" -noout -enddate | cut -d= -f2)" +%s)
    lifetime_days=$(((not_after - not_before) / 86400))
    if [ "$lifetime_days" -le "$plan_max_validity_days" ]; then
      pass cert-lifetime "$lifetime_days days (limit $plan_max_validity_days)"
    else
      fail cert-lifetime "$lifetime_days days, more than $plan_max_validity_days" "iOS rejects it; issue a shorter certificate (facts#38, facts#39)"
    fi
    # DNS names compare without regard to case (RFC 4343).
    mapfile -t cert_names < <(openssl x509 -in "$cert_file" -noout -ext subjectAltName 2>/dev/null | tail -n +2 | tr ',' '\n' | sed 's/^[[:space:]]*//; s/^DNS://; s/^IP Address://' | tr '[:upper:]' '[:lower:]')
    if [ "${#site_addresses[@]}" -eq 0 ]; then
      warn cert-names "the plan has no public address for this site yet; names not checked" "enter the site's public address in the plan (facts#37)"
    fi
    for address in ${site_addresses[@]+"${site_addresses[@]}"}; do
      lower=$(printf '%s' "$address" | tr '[:upper:]' '[:lower:]')
      covered=0
      for name in "${cert_names[@]}"; do
        if name_covers "$lower" "$name"; then covered=1; fi
      done
      if [ "$covered" = 1 ]; then pass "cert-name-$address" "the certificate covers $address"; else fail "cert-name-$address" "no subject alternative name covers $address" "reissue with $address in the SAN (facts#37, facts#40)"; fi
    done
    key_text=$(openssl x509 -in "$cert_file" -noout -text)
    key_bits=$(printf '%s\n' "$key_text" | sed -n 's/.*Public-Key: (\([0-9]*\) bit).*/\1/p' | head -n 1)
    if printf '%s' "$key_text" | grep -q rsaEncryption && [ "${key_bits:-0}" -lt 2048 ]; then
      fail cert-key-size "RSA ${key_bits:-unknown} bits" "use at least 2048 bits (facts#45)"
    else
      pass cert-key-size "${key_bits:-unknown} bits"
    fi
    # The server sends the file as it is: its own certificate first, then each issuer (RFC 8446 §4.4.2).
    chain_count=$(grep -c 'BEGIN CERTIFICATE' "$cert_file")
    chain_dir=$(mktemp -d)
    awk -v dir="$chain_dir" '/BEGIN CERTIFICATE/ {n++} n {print > (dir "/" n ".pem")} /END CERTIFICATE/ {close(dir "/" n ".pem")}' "$cert_file"
    chain_order=ok
    if openssl x509 -in "$chain_dir/1.pem" -noout -ext basicConstraints 2>/dev/null | grep -q 'CA:TRUE'; then chain_order="the first certificate is a CA, not the server's"; fi
    for ((i = 1; i < chain_count; i++)); do
      issuer=$(openssl x509 -in "$chain_dir/$i.pem" -noout -issuer -nameopt RFC2253 | sed 's/^issuer=//')
      next_subject=$(openssl x509 -in "$chain_dir/$((i + 1)).pem" -noout -subject -nameopt RFC2253 | sed 's/^subject=//')
      if [ "$issuer" != "$next_subject" ] && [ "$chain_order" = ok ]; then chain_order="certificate $((i + 1)) did not issue certificate $i"; fi
    done
    if [ "$chain_count" -lt 2 ]; then
      fail cert-chain "only the leaf certificate is in the file" "append the intermediate and root certificates (facts#47, facts#49)"
    elif [ "$chain_order" != ok ]; then
      fail cert-chain "$chain_count certificates in the wrong order: $chain_order" "order them: the server certificate, then its issuer, up to the root (facts#47, facts#49)"
    elif openssl verify -partial_chain -CAfile "$chain_dir/$chain_count.pem" -untrusted "$cert_file" "$chain_dir/1.pem" >/dev/null 2>&1; then
      pass cert-chain "$chain_count certificates, server certificate first; the chain verifies"
    else
      fail cert-chain "$chain_count certificates in order, but the signatures do not verify" "get the chain from the issuing CA again (facts#36, facts#47)"
    fi
    rm -f "$chain_dir"/*.pem && rmdir "$chain_dir"
    revocation_url=$(openssl x509 -in "$cert_file" -noout -ocsp_uri 2>/dev/null | head -n 1)
    if [ -z "$revocation_url" ]; then
      revocation_url=$(openssl x509 -in "$cert_file" -noout -ext crlDistributionPoints 2>/dev/null | sed -n 's/.*URI://p' | head -n 1)
    fi
    if [ -z "$revocation_url" ]; then
      warn cert-revocation "the certificate names no OCSP or CRL address" "the revocation health check cannot verify it (facts#44)"
    elif [ "$OFFLINE" = 1 ]; then
      skip cert-revocation "not probing $revocation_url (--offline)"
    elif curl -sS -o /dev/null --max-time 15 "${curl_proxy[@]}" "$revocation_url" 2>/dev/null; then
      pass cert-revocation "$revocation_url is reachable"
    else
      fail cert-revocation "$revocation_url is not reachable" "allow outbound HTTP to it (facts#44, facts §2 item 21)"
    fi
  fi
fi
if [ -n "$cert_tmp" ]; then rm -f "$cert_tmp"; fi

# facts#92, facts#94, facts#97: outbound HTTPS to every planned host through the planned proxy.
# Wildcards cannot be probed: plan_hosts holds concrete hosts the readiness tool probes for them (facts#94).
if [ "$OFFLINE" = 1 ]; then
  skip outbound "not probing ${#plan_hosts[@]} hosts (--offline)"
else
  for host in "${plan_hosts[@]}"; do
    curl_status=0
    curl -sS -o /dev/null --max-time 15 "${curl_proxy[@]}" "https://$host/" 2>/dev/null || curl_status=$?
    case $curl_status in
      0) pass "outbound-$host" "reachable over HTTPS${plan_proxy:+ through $plan_proxy}" ;;
      35 | 51 | 58 | 60) fail "outbound-$host" "TLS error (curl $curl_status): the certificate is not trusted, maybe TLS inspection" "exempt the Tunnel server from inspection (facts#105)" ;;
      5) fail "outbound-$host" "the proxy name does not resolve (curl 5)" "check the proxy address and DNS (facts#103)" ;;
      6) fail "outbound-$host" "DNS lookup failed (curl 6)" "let the server resolve public names${plan_proxy:+, or check the proxy} (facts#92)" ;;
      7) fail "outbound-$host" "connection refused or no route (curl 7)" "allow outbound TCP 443 to $host${plan_proxy:+ on the proxy} (facts#92, facts#94)" ;;
      28) fail "outbound-$host" "timed out (curl 28)" "allow outbound TCP 443 to $host${plan_proxy:+ on the proxy} (facts#92, facts#94)" ;;
      *) fail "outbound-$host" "not reachable (curl $curl_status)" "allow outbound TCP 443 to $host${plan_proxy:+ on the proxy} (facts#92, facts#94)" ;;
    esac
  done
fi

# facts#105, facts#119: TLS break-and-inspect detection.
# facts#119: the readiness tool flags inspection when the presented issuer equals the subject.
if [ "$OFFLINE" = 1 ]; then
  skip tls-inspection "not probing (--offline)"
else
  probe_host=login.microsoftonline.com
  s_client_proxy=()
  if [ -n "$plan_proxy" ]; then s_client_proxy=(-proxy "${plan_proxy#http://}"); fi
  presented=$(openssl s_client -connect "$probe_host:443" -servername "$probe_host" "${s_client_proxy[@]}" </dev/null 2>/dev/null | openssl x509 -noout -issuer -subject 2>/dev/null)
  issuer=$(printf '%s\n' "$presented" | sed -n 's/^issuer=//p')
  subject=$(printf '%s\n' "$presented" | sed -n 's/^subject=//p')
  if [ -z "$issuer" ]; then
    warn tls-inspection "could not read the certificate of $probe_host" "check outbound access first"
  elif [ "$issuer" = "$subject" ]; then
    fail tls-inspection "the proxy presents a self-issued certificate: TLS break-and-inspect" "exempt the Tunnel server from inspection (facts#105, facts#119)"
  else
    pass tls-inspection "$probe_host presents a certificate issued by $issuer, not a self-issued one (the readiness tool's test, facts#119)"
  fi
fi

# Summary.
if [ "$JSON" = 1 ]; then
  printf '{"site":%s,"checks":[' "$(json_str "$SITE")"
  sep=""
  for item in "${json_items[@]}"; do printf '%s%s' "$sep" "$item"; sep=","; done
  printf '],"summary":{"pass":%d,"warn":%d,"fail":%d,"skip":%d},"inboundTests":[' "$pass_count" "$warn_count" "$fail_count" "$skip_count"
  sep=""
  for cmd in "${inbound_tests[@]}"; do printf '%s%s' "$sep" "$(json_str "$cmd")"; sep=","; done
  printf ']}\n'
else
  echo
  echo "Test the inbound ports from a machine OUTSIDE your network (facts#90: the readiness tool does not):"
  for cmd in "${inbound_tests[@]}"; do echo "  $cmd"; done
  echo "  A TCP test or the TLS handshake proves the port is open end to end."
  echo "  A UDP test only proves nothing rejected the packet; UDP has no handshake, so 'open' can also mean 'silently dropped'."
  echo "  Confirm UDP with: sudo tcpdump -ni any udp port <port> on the server while a device connects."
  echo
  echo "Summary: ${pass_count} pass, ${warn_count} warn, ${fail_count} fail, ${skip_count} skipped"
fi
# Exit status: 0 without a FAIL, 1 with at least one (2 is kept for wrong options).
if [ "$fail_count" -gt 0 ]; then exit 1; fi
exit 0
