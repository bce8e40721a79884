import QRCode from 'qrcode';

/**
 * A QR code drawn as one SVG path from the encoder's module matrix: no canvas, no data URL, and
 * nothing the page's CSP would refuse.
 */
export function QrCode({ text, label }: { text: string; label: string }) {
  const { size, data } = QRCode.create(text, { errorCorrectionLevel: 'M' }).modules;
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (data[row * size + col]) path += `M${col + 4} ${row + 4}h1v1h-1z`;
  }
  const side = size + 8;
  return (
    <svg class="qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
