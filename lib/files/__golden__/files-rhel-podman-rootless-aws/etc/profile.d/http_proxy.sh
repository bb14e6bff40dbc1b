# shellcheck shell=sh
# facts#109, facts#110: mstunnel-setup copies this proxy into /etc/mstunnel/env.sh.
export HTTP_PROXY=http://10.10.10.1:3128
export HTTPS_PROXY=http://10.10.10.1:3128
export NO_PROXY=127.0.0.1,localhost
export http_proxy=http://10.10.10.1:3128
export https_proxy=http://10.10.10.1:3128
export no_proxy=127.0.0.1,localhost
