/* CF-e completion of the SAT emulator (cfe-complete.c). */
#ifndef CFE_COMPLETE_H
#define CFE_COMPLETE_H
#include <stddef.h>

struct cfe_identity {
    const char *key;          /* 44-digit access key */
    const char *timestamp;    /* AAAAMMDDHHMMSS */
    const char *qr_signature; /* 344 base64 characters */
};

/* The emulator's registered emitter (a real SAT has the one SEFAZ registered for its CNPJ). */
#define CFE_EMULATOR_EMITTER \
    "<xNome>EMITENTE DO EMULADOR SAT</xNome><enderEmit><xLgr>RUA DO EMULADOR</xLgr><nro>1</nro>" \
    "<xBairro>CENTRO</xBairro><xMun>FORTALEZA</xMun><CEP>60000000</CEP></enderEmit>"

long long cfe_scaled(const char *text, int scale);

/* Writes the completed CF-e into out; returns vCFe in centavos, or -1 for content it cannot complete. */
long long cfe_complete(const char *sale, const struct cfe_identity *id, char *out, size_t size);

#endif
