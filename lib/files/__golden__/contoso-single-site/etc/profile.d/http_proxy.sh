# shellcheck shell=sh
# facts#109, facts#110: mstunnel-setup copies this proxy into /etc/mstunnel/env.sh.
export HTTP_PROXY=http://proxy.corp.contoso.com:3128
export HTTPS_PROXY=http://proxy.corp.contoso.com:3128
export NO_PROXY=127.0.0.1,localhost,.corp.contoso.com
