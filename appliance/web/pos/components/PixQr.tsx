import { t } from '../texts';

/** The dynamic PIX QR from the gateway, and its copy-and-paste code, while the charge is pending. */
export function PixQr({ image, payload }: { image: string | null; payload: string }) {
  return (
    <div class="pix" id="pix" role="status">
      <p>{t('POS_PIX_WAITING')}</p>
      {image && <img src={image} alt="QR Code Pix" width={220} height={220} />}
      <label>
        {t('POS_PIX_CODE')}
        <input readOnly value={payload} />
      </label>
    </div>
  );
}
