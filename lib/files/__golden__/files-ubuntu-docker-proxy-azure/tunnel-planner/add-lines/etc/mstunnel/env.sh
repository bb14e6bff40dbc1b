# shellcheck shell=sh disable=SC2034
HTTP_PROXY=http://proxy.contoso.com:8080
HTTPS_PROXY=http://proxy.contoso.com:8080
NO_PROXY=127.0.0.1,localhost,.contoso.local
http_proxy=http://proxy.contoso.com:8080
https_proxy=http://proxy.contoso.com:8080
no_proxy=127.0.0.1,localhost,.contoso.local
