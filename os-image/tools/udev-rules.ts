import type { DeviceProfile } from '../../appliance/src/devices/profiles/schema.js';

const HEADER = `# Generated from firmware-profiles/ by \`npm run os-image:udev\`; do not edit by hand.
# Gives the appliance's service group access to every known USB POS device and a stable
# /dev/chefia/<profile-id> link, so the appliance never has to probe unknown serial ports.
`;

function hex4(value: string | number): string {
  const n = typeof value === 'number' ? value : Number.parseInt(value.replace(/^0x/i, ''), 16);
  return n.toString(16).padStart(4, '0');
}

/** One udev rule per profile with a USB transport, sorted by profile id for stable output. */
export function udevRules(profiles: DeviceProfile[]): string {
  const lines = profiles
    // A profile whose USB ids are unknown cannot be matched safely, so it gets no rule.
    .filter((p) => p.transports.usb?.vendorId && p.transports.usb?.productId)
    .sort((a, b) => a.id.localeCompare(b.id))
    .flatMap((p) => {
      const usb = p.transports.usb!;
      const match = `ATTRS{idVendor}=="${hex4(usb.vendorId!)}", ATTRS{idProduct}=="${hex4(usb.productId!)}"`;
      return [
        `# ${p.vendor} ${p.model} (${p.kind})`,
        `SUBSYSTEM=="usb", ${match}, MODE="0660", GROUP="chefia"`,
        `SUBSYSTEM=="tty", ${match}, MODE="0660", GROUP="chefia", SYMLINK+="chefia/${p.id}"`,
      ];
    });
  return HEADER + lines.join('\n') + '\n';
}
