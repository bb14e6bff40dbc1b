// A proxy as admins copy it from a browser setting or an env file: http://proxy.contoso.com:8080/.

const PROXY_URL = /^(?:(https?):\/\/)?([^\s/:@?#[\]]+)(?::(\d{1,5}))?\/?$/i;

export type ProxyParts = { address: string; port: number | null };

/**
 * Splits `http://host:port`, `https://host:port/`, `http://host` or `host:port` into the address and
 * port fields (facts#109: the server proxy is written as http://<ip>:<port>). Returns null when the
 * text is a bare address (nothing to split) or not of this form, so the field's own check explains it.
 */
export function parseProxyAddress(text: string): ProxyParts | null {
  const m = PROXY_URL.exec(text.trim());
  if (!m) return null;
  const [, scheme, host, port] = m;
  if (scheme === undefined && port === undefined) return null;
  return { address: host!, port: port === undefined ? null : Number(port) };
}
