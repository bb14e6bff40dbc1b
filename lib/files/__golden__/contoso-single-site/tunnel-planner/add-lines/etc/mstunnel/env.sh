# shellcheck shell=sh disable=SC2034
HTTP_PROXY=http://proxy.corp.contoso.com:3128
HTTPS_PROXY=http://proxy.corp.contoso.com:3128
NO_PROXY=127.0.0.1,localhost,.corp.contoso.com
http_proxy=http://proxy.corp.contoso.com:3128
https_proxy=http://proxy.corp.contoso.com:3128
no_proxy=127.0.0.1,localhost,.corp.contoso.com
