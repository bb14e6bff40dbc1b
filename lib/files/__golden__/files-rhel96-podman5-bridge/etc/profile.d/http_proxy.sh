# shellcheck shell=sh
# facts#109, facts#110: mstunnel-setup übernimmt diesen Proxy nach /etc/mstunnel/env.sh.
export HTTP_PROXY=http://proxy.fabrikam.example:8080
export HTTPS_PROXY=http://proxy.fabrikam.example:8080
export NO_PROXY=127.0.0.1,localhost
