/**
 * Sent with every answer (pages, scripts, JSON): the KDS page and anything served later may load
 * code, styles and connections from the appliance only (its MQTT WebSocket included), never run
 * inline script, never be framed (clickjacking a bump or a login), and never leak a URL to another
 * site. Set before the handler runs, like the request id, so @hono/node-server keeps its fast path.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    // The browser MQTT client keeps its keepalive timers in a blob: worker so a background tab
    // is not throttled; only script already running from the appliance can create one.
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};
