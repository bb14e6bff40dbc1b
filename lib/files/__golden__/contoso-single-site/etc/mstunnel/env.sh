# shellcheck shell=sh disable=SC2034
# facts#110, facts#115: append after setup, then run: sudo mst-cli install (answer yes).
HTTP_PROXY=http://proxy.corp.contoso.com:3128
HTTPS_PROXY=http://proxy.corp.contoso.com:3128
http_proxy=http://proxy.corp.contoso.com:3128
https_proxy=http://proxy.corp.contoso.com:3128
