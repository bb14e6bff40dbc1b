# shellcheck shell=sh disable=SC2034
# facts#110, facts#115: append after setup, then run: sudo mst-cli install (answer yes).
HTTP_PROXY=http://proxy.contoso.com:8080
HTTPS_PROXY=http://proxy.contoso.com:8080
http_proxy=http://proxy.contoso.com:8080
https_proxy=http://proxy.contoso.com:8080
