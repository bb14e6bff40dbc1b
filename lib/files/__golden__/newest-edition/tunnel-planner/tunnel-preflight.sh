#!/usr/bin/env bash
# Read-only check of this server against the plan. Changes nothing.
# Usage: sudo ./tunnel-preflight.sh [--json] [--offline]
# Prints PASS/WARN/FAIL/SKIP lines with the fix; exit status = number of FAILs (capped at 100).
# No set -e: every check handles its own errors so the report always runs to the end.

# Plan values (quoted; written by Tunnel Planner).
plan_proxy=''
plan_cpus=8
plan_memory_gb=8
plan_disk_gb=30
plan_podman_min=1.6
plan_selinux=enforcing
plan_firewall=firewalld
plan_firewall_cmd=firewall-cmd
plan_tcp_ports=(443)
plan_udp_ports=(443)
plan_bridge=10.88.0.0/16
plan_client_pool=169.254.0.0/16
plan_public_addresses=(vpn.northwind.com)
plan_cert_format=pem
plan_max_validity_days=398
plan_hosts=(graph.microsoft.com login.microsoftonline.com login.windows.net manage.microsoft.com mcr.microsoft.com powerlift-frontdesk.acompli.net sts.windows.net)
inbound_tests=('nc -vz vpn.northwind.com 443' 'openssl s_client -connect vpn.northwind.com:443 -servername vpn.northwind.com </dev/null' 'nc -vzu vpn.northwind.com 443')

# Options and result reporting.
JSON=0
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

# Helpers used by the checks below.
is_root() { [ "$(id -u)" -eq 0 ]; }
ip_to_int() {
  local a b c d
  IFS=. read -r a b c d <<< "$1"
  echo $(((a << 24) + (b << 16) + (c << 8) + d))
}
# True when two IPv4 CIDRs (or addresses) overlap.
cidr_overlap() {
  local a=${1%/*} b=${2%/*} ap=32 bp=32 p mask
  [ "$a" != "$1" ] && ap=${1#*/}
  [ "$b" != "$2" ] && bp=${2#*/}
  p=$((ap < bp ? ap : bp))
  mask=$(((0xFFFFFFFF << (32 - p)) & 0xFFFFFFFF))
  [ "$p" -eq 0 ] && mask=0
  [ $(($(ip_to_int "$a") & mask)) -eq $(($(ip_to_int "$b") & mask)) ]
}
# "1.2.3" >= "1.2"?
version_ge() {
  [ "$(printf '%s\n%s\n' "$2" "$1" | sort -V | head -n 1)" = "$2" ]
}
# True when a certificate name (exact or *.wildcard for one label) covers the address.
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
want_id=rhel
want_version=9.6
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

# facts#28, facts#30, facts#33: architecture, cores, memory and disk against the sizing (the readiness tool does not check these).
arch=$(uname -m)
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
  pass memory "${mem_gb} GB (planned ${plan_memory_gb} GB)"
else
  fail memory "${mem_gb} GB, planned ${plan_memory_gb} GB" "add memory (facts#28)"
fi
read -r disk_total_kb disk_free_kb < <(df -Pk / | awk 'NR == 2 {print $2, $4}')
disk_total_gb=$((disk_total_kb / 1024 / 1024))
disk_free_gb=$((disk_free_kb / 1024 / 1024))
if [ "$disk_total_kb" -ge $((plan_disk_gb * 1024 * 1024 * 9 / 10)) ]; then
  pass disk "${disk_total_gb} GB on / (planned ${plan_disk_gb} GB)"
else
  fail disk "${disk_total_gb} GB on /, planned ${plan_disk_gb} GB" "grow the disk (facts#28)"
fi
if [ "$disk_free_gb" -le 5 ]; then
  warn disk-free "${disk_free_gb} GB free on /" "the disk health check wants more than 5 GB free (facts#172)"
fi

# facts#19, facts#25, facts#163: Podman version.
if command -v podman >/dev/null 2>&1; then
  podman_version=$(podman --version | awk '{print $NF}')
  if version_ge "${podman_version:-0}" "$plan_podman_min"; then
    pass container-runtime "Podman ${podman_version}"
  else
    fail container-runtime "Podman ${podman_version:-unknown} is older than ${plan_podman_min}" "update Podman (dnf module install container-tools) (facts#19, facts#163)"
  fi
else
  fail container-runtime "Podman is not installed" "install Podman: dnf install podman (facts#4, facts#19)"
fi

# facts#67–77: ip_tables, tun and forwarding, now and after a reboot.
for module in ip_tables tun; do
  if [ -d "/sys/module/$module" ]; then
    pass "module-$module" "loaded"
  else
    fail "module-$module" "not loaded" "modprobe $module (facts#71, facts#73)"
  fi
  if grep -rqsx -- "$module" /etc/modules-load.d/ /usr/lib/modules-load.d/; then
    pass "module-$module-boot" "loaded at boot from modules-load.d"
  else
    warn "module-$module-boot" "not configured to load at boot" "echo $module | sudo tee /etc/modules-load.d/mstunnel_${module//_/}.conf (facts#72, facts#74, facts#75)"
  fi
done
if [ "$(cat /proc/sys/net/ipv4/ip_forward)" = 1 ]; then
  pass ip-forward "net.ipv4.ip_forward = 1"
else
  fail ip-forward "net.ipv4.ip_forward = 0" "sysctl -w net.ipv4.ip_forward=1 (facts#67, facts#68)"
fi
if grep -Eqs '^[[:space:]]*net\.ipv4\.ip_forward[[:space:]]*=[[:space:]]*1' /etc/sysctl.conf /etc/sysctl.d/*.conf /usr/lib/sysctl.d/*.conf /run/sysctl.d/*.conf; then
  pass ip-forward-boot "enabled at boot by a sysctl file"
else
  warn ip-forward-boot "not set in any sysctl file; lost at reboot" "echo net.ipv4.ip_forward=1 | sudo tee /etc/sysctl.d/90-mstunnel.conf (facts#69)"
fi

# facts#147: SELinux mode as planned.
if command -v getenforce >/dev/null 2>&1; then
  selinux_mode=$(getenforce | tr '[:upper:]' '[:lower:]')
  if [ "$selinux_mode" = "$plan_selinux" ]; then
    pass selinux "$selinux_mode as planned"
  else
    warn selinux "$selinux_mode, planned $plan_selinux" "align SELinux with the plan or update the plan (facts#147)"
  fi
else
  warn selinux "getenforce not found" "install policycoreutils to read the SELinux mode"
fi

# facts#63, facts#66: auditd installed and running.
if ! command -v auditctl >/dev/null 2>&1; then
  warn auditd "not installed" "run install-auditd.sh before mstunnel-setup (facts#63, facts#66)"
elif systemctl is-active --quiet auditd 2>/dev/null; then
  pass auditd "installed and running"
else
  warn auditd "installed but not running" "service auditd start (facts#66)"
fi

# facts#87, facts#88, facts#90: inbound rules for the Tunnel port (the readiness tool does not check them).
# facts#90: the readiness tool never checks inbound rules.
firewall_has() {
  local proto=$1 port=$2
  case $plan_firewall in
    ufw) ufw status 2>/dev/null | grep -Eq "^${port}(/${proto})?[[:space:]]+ALLOW" ;;
    firewalld) firewall-cmd --list-ports 2>/dev/null | tr ' ' '\n' | grep -qx "${port}/${proto}" ;;
    nftables) nft list ruleset 2>/dev/null | grep -Eq "${proto} dport ${port} accept" ;;
    iptables) iptables -S INPUT 2>/dev/null | grep -Eq -- "-p ${proto} .*--dport ${port} .*-j ACCEPT" ;;
  esac
}
if ! is_root; then
  warn firewall "not root: cannot read the $plan_firewall rules" "run the preflight with sudo"
elif ! command -v "$plan_firewall_cmd" >/dev/null 2>&1; then
  fail firewall "$plan_firewall is not installed" "install $plan_firewall, then run firewall.sh (facts#87)"
else
  for port in "${plan_tcp_ports[@]}"; do
    if firewall_has tcp "$port"; then pass "firewall-tcp-$port" "$plan_firewall allows TCP $port inbound"; else fail "firewall-tcp-$port" "$plan_firewall does not allow TCP $port inbound" "run firewall.sh (facts#87, facts#88)"; fi
  done
  for port in "${plan_udp_ports[@]}"; do
    if firewall_has udp "$port"; then pass "firewall-udp-$port" "$plan_firewall allows UDP $port inbound"; else fail "firewall-udp-$port" "$plan_firewall does not allow UDP $port inbound" "run firewall.sh (facts#52, facts#88)"; fi
  done
fi

# facts#87: what listens on the Tunnel port.
for port in "${plan_tcp_ports[@]}"; do
  listener=$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n 1)
  if [ -z "$listener" ]; then
    pass "listen-tcp-$port" "nothing listens on TCP $port yet (free for Tunnel)"
  elif printf '%s' "$listener" | grep -q ocserv; then
    pass "listen-tcp-$port" "Tunnel (ocserv) listens on TCP $port"
  else
    warn "listen-tcp-$port" "another service listens on TCP $port: $(printf '%s' "$listener" | awk '{print $NF}')" "free the port or plan another one (facts#87, facts#88)"
  fi
done

# facts#55, facts#152: container bridge and client pool against this host's routes.
# facts#55, facts §3 item 6: a bridge or pool that overlaps a route hides that network.
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
fi

# facts#36–50: certificate files, names, lifetime, key, chain and revocation URL.
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
    mapfile -t cert_names < <(openssl x509 -in "$cert_file" -noout -ext subjectAltName 2>/dev/null | tail -n +2 | tr ',' '\n' | sed 's/^[[:space:]]*//; s/^DNS://; s/^IP Address://')
    if [ "${#plan_public_addresses[@]}" -eq 0 ]; then
      warn cert-names "the plan has no public address yet; names not checked" "enter each site's public address in the plan (facts#37)"
    fi
    for address in "${plan_public_addresses[@]}"; do
      covered=0
      for name in "${cert_names[@]}"; do
        if name_covers "$address" "$name"; then covered=1; fi
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
    chain_count=$(grep -c 'BEGIN CERTIFICATE' "$cert_file")
    if [ "$chain_count" -lt 2 ]; then
      fail cert-chain "only the leaf certificate is in the file" "append the intermediate and root certificates (facts#47, facts#49)"
    elif openssl verify -untrusted "$cert_file" "$cert_file" >/dev/null 2>&1 || openssl verify -CAfile "$cert_file" "$cert_file" >/dev/null 2>&1; then
      pass cert-chain "$chain_count certificates; the chain verifies"
    else
      fail cert-chain "$chain_count certificates but the chain does not verify" "put leaf, intermediates and root in order (facts#36, facts#47)"
    fi
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
  elif printf '%s' "$issuer" | grep -Eqi 'microsoft|digicert'; then
    pass tls-inspection "$probe_host presents a certificate from: $issuer"
  else
    warn tls-inspection "unexpected issuer for $probe_host: $issuer" "if this is your inspection CA, exempt the Tunnel server (facts#105)"
  fi
fi

# Summary.
if [ "$JSON" = 1 ]; then
  printf '{"checks":['
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
# Exit status = number of FAIL checks (capped at 100).
exit $((fail_count > 100 ? 100 : fail_count))
