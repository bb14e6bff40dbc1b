// facts#87, facts#91, facts §2 item 21: the firewall ports a Tunnel server needs (purposes: lib/i18n endpoints.ports).

export const SSH_PORT = 22;
export const HTTPS_PORT = 443;
export const HTTP_PORT = 80;

/** facts#112: the stock RHEL http_port_t ports; a proxy elsewhere needs semanage. */
export const HTTP_PORT_T = [80, 81, 443, 488, 8008, 8009, 8443, 9000] as const;
