# shellcheck shell=sh disable=SC2034
HTTP_PROXY=http://proxy.legacy.example:3128
HTTPS_PROXY=http://proxy.legacy.example:3128
NO_PROXY=127.0.0.1,localhost
http_proxy=http://proxy.legacy.example:3128
https_proxy=http://proxy.legacy.example:3128
no_proxy=127.0.0.1,localhost
