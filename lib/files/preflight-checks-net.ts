/**
 * Static bash for the certificate and network checks of tunnel-preflight.sh (see preflight-checks.ts).
 * In these template literals `\${` is a bash `${`.
 */

/** facts#36–50: certificate files, names, lifetime, key, chain and revocation URL. */
export const CHECK_CERT = `# facts#36–50: certificate files as mstunnel-setup expects them.
# TP_MSTUNNEL_DIR lets tests point at sample files; this script only reads.
mstunnel_dir=\${TP_MSTUNNEL_DIR:-/etc/mstunnel}
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
    mapfile -t cert_names < <(openssl x509 -in "$cert_file" -noout -ext subjectAltName 2>/dev/null | tail -n +2 | tr ',' '\\n' | sed 's/^[[:space:]]*//; s/^DNS://; s/^IP Address://' | tr '[:upper:]' '[:lower:]')
    if [ "\${#site_addresses[@]}" -eq 0 ]; then
      warn cert-names "the plan has no public address for this site yet; names not checked" "enter the site's public address in the plan (facts#37)"
    fi
    for address in \${site_addresses[@]+"\${site_addresses[@]}"}; do
      lower=$(printf '%s' "$address" | tr '[:upper:]' '[:lower:]')
      covered=0
      for name in "\${cert_names[@]}"; do
        if name_covers "$lower" "$name"; then covered=1; fi
      done
      if [ "$covered" = 1 ]; then pass "cert-name-$address" "the certificate covers $address"; else fail "cert-name-$address" "no subject alternative name covers $address" "reissue with $address in the SAN (facts#37, facts#40)"; fi
    done
    key_text=$(openssl x509 -in "$cert_file" -noout -text)
    key_bits=$(printf '%s\\n' "$key_text" | sed -n 's/.*Public-Key: (\\([0-9]*\\) bit).*/\\1/p' | head -n 1)
    if printf '%s' "$key_text" | grep -q rsaEncryption && [ "\${key_bits:-0}" -lt 2048 ]; then
      fail cert-key-size "RSA \${key_bits:-unknown} bits" "use at least 2048 bits (facts#45)"
    else
      pass cert-key-size "\${key_bits:-unknown} bits"
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
    elif curl -sS -o /dev/null --max-time 15 "\${curl_proxy[@]}" "$revocation_url" 2>/dev/null; then
      pass cert-revocation "$revocation_url is reachable"
    else
      fail cert-revocation "$revocation_url is not reachable" "allow outbound HTTP to it (facts#44, facts §2 item 21)"
    fi
  fi
fi
if [ -n "$cert_tmp" ]; then rm -f "$cert_tmp"; fi`;

/** facts#92, facts#94, facts#97: outbound HTTPS to every planned host through the planned proxy. */
export const CHECK_OUTBOUND = `# Wildcards cannot be probed: plan_hosts holds concrete hosts the readiness tool probes for them (facts#94).
if [ "$OFFLINE" = 1 ]; then
  skip outbound "not probing \${#plan_hosts[@]} hosts (--offline)"
else
  for host in "\${plan_hosts[@]}"; do
    curl_status=0
    curl -sS -o /dev/null --max-time 15 "\${curl_proxy[@]}" "https://$host/" 2>/dev/null || curl_status=$?
    case $curl_status in
      0) pass "outbound-$host" "reachable over HTTPS\${plan_proxy:+ through $plan_proxy}" ;;
      35 | 51 | 58 | 60) fail "outbound-$host" "TLS error (curl $curl_status): the certificate is not trusted, maybe TLS inspection" "exempt the Tunnel server from inspection (facts#105)" ;;
      5) fail "outbound-$host" "the proxy name does not resolve (curl 5)" "check the proxy address and DNS (facts#103)" ;;
      6) fail "outbound-$host" "DNS lookup failed (curl 6)" "let the server resolve public names\${plan_proxy:+, or check the proxy} (facts#92)" ;;
      7) fail "outbound-$host" "connection refused or no route (curl 7)" "allow outbound TCP 443 to $host\${plan_proxy:+ on the proxy} (facts#92, facts#94)" ;;
      28) fail "outbound-$host" "timed out (curl 28)" "allow outbound TCP 443 to $host\${plan_proxy:+ on the proxy} (facts#92, facts#94)" ;;
      *) fail "outbound-$host" "not reachable (curl $curl_status)" "allow outbound TCP 443 to $host\${plan_proxy:+ on the proxy} (facts#92, facts#94)" ;;
    esac
  done
fi`;

/** facts#105, facts#119: TLS break-and-inspect detection. */
export const CHECK_TLS_INSPECTION = `# facts#119: the readiness tool flags inspection when the presented issuer equals the subject.
if [ "$OFFLINE" = 1 ]; then
  skip tls-inspection "not probing (--offline)"
else
  probe_host=login.microsoftonline.com
  s_client_proxy=()
  if [ -n "$plan_proxy" ]; then s_client_proxy=(-proxy "\${plan_proxy#http://}"); fi
  presented=$(openssl s_client -connect "$probe_host:443" -servername "$probe_host" "\${s_client_proxy[@]}" </dev/null 2>/dev/null | openssl x509 -noout -issuer -subject 2>/dev/null)
  issuer=$(printf '%s\\n' "$presented" | sed -n 's/^issuer=//p')
  subject=$(printf '%s\\n' "$presented" | sed -n 's/^subject=//p')
  if [ -z "$issuer" ]; then
    warn tls-inspection "could not read the certificate of $probe_host" "check outbound access first"
  elif [ "$issuer" = "$subject" ]; then
    fail tls-inspection "the proxy presents a self-issued certificate: TLS break-and-inspect" "exempt the Tunnel server from inspection (facts#105, facts#119)"
  else
    pass tls-inspection "$probe_host presents a certificate issued by $issuer, not a self-issued one (the readiness tool's test, facts#119)"
  fi
fi`;

/** facts#55, facts#152: the live bridge (or the planned one before install) and the client pool against the host routes. */
export const CHECK_ROUTES = `# facts#55, facts §3 item 6: a bridge or pool that overlaps a route hides that network.
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
  for dev in "\${plan_bridge_devices[@]}"; do
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
fi`;
