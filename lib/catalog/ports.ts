// facts#87-91, facts §2 item 21: the firewall ports a Tunnel server needs.

export const SSH_PORT = 22;
export const HTTPS_PORT = 443;
export const HTTP_PORT = 80;

export const PORT_PURPOSES = {
  tunnelTcp: { purpose: "Tunnel TLS control channel and backup data channel (devices → server)", fact: "facts#52" },
  tunnelUdp: { purpose: "Tunnel DTLS main data channel (devices → server)", fact: "facts#52" },
  ssh: { purpose: "Optional SSH/SCP administration", fact: "facts#91" },
  https: { purpose: "Intune, Entra ID, Azure storage and container image pulls (MAR)", fact: "facts#92" },
  http: { purpose: "Certificate revocation checks (OCSP/CRL usually use HTTP); needed by the revocation health check", fact: "facts#44" },
} as const;

/** facts#112: the stock RHEL http_port_t ports; a proxy elsewhere needs semanage. */
export const HTTP_PORT_T = [80, 81, 443, 488, 8008, 8009, 8443, 9000] as const;
