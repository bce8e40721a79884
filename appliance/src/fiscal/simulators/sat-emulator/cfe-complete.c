/*
 * Turns the point of sale's dadosVenda (layout 0.08, CfeDadosVendaAPL) into the CF-e a SAT device
 * returns (CfeDadosVendaSAT): the SAT's identification, the emitter's registered name and address,
 * per-item vProd/vItem and tax values, the totals, vTroco and the Signature element. Real devices
 * take name and address from their SEFAZ registration; the emulator has fixed ones. It does not hold
 * an ICP-Brasil key, so the Signature carries no real signature value (see libsat-emulator.c).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "cfe-complete.h"

typedef struct { char *buf; size_t len, cap; int overflow; } out_t;

static void put(out_t *o, const char *s, size_t n) {
    if (o->len + n + 1 > o->cap) { o->overflow = 1; return; }
    memcpy(o->buf + o->len, s, n);
    o->len += n;
    o->buf[o->len] = 0;
}

static void putf(out_t *o, const char *fmt, ...) {
    char piece[2048];
    va_list args;
    va_start(args, fmt);
    int n = vsnprintf(piece, sizeof piece, fmt, args);
    va_end(args);
    put(o, piece, (size_t)(n < (int)sizeof piece ? n : (int)sizeof piece - 1));
}

/* Copies src up to `marker` (excluded, or included with `through`); NULL when the marker is missing before `limit`. */
static const char *copy_to(out_t *o, const char *src, const char *limit, const char *marker, int through) {
    const char *found = strstr(src, marker);
    if (!found || (limit && found >= limit)) return NULL;
    const char *end = through ? found + strlen(marker) : found;
    put(o, src, (size_t)(end - src));
    return end;
}

/* Decimal text "12.3400" as an integer scaled by 10^scale. */
long long cfe_scaled(const char *text, int scale) {
    long long whole = 0, fraction = 0;
    int digits = 0;
    while (*text >= '0' && *text <= '9') whole = whole * 10 + (*text++ - '0');
    if (*text == '.') text++;
    while (*text >= '0' && *text <= '9' && digits < scale) { fraction = fraction * 10 + (*text++ - '0'); digits++; }
    while (digits++ < scale) fraction *= 10;
    long long factor = 1;
    for (int i = 0; i < scale; i++) factor *= 10;
    return whole * factor + fraction;
}

static long long value_in(const char *from, const char *until, const char *tag, int scale) {
    const char *found = strstr(from, tag);
    return found && found < until ? cfe_scaled(found + strlen(tag), scale) : 0;
}

/* Half-up rounding of a / divisor for non-negative values. */
static long long rounded(long long a, long long divisor) { return (a + divisor / 2) / divisor; }

#define MONEY(cents) (cents) / 100, (cents) % 100

typedef struct { long long prod, desc, other, icms, pis, cofins; } totals_t;

/* One <det>: vProd after vUnCom, vItem after indRegra/vDesc, vICMS/vPIS/vCOFINS after their rates. */
static const char *complete_item(out_t *o, const char *src, totals_t *t) {
    const char *end = strstr(src, "</det>");
    if (!end) return NULL;
    long long prod = rounded(value_in(src, end, "<qCom>", 4) * value_in(src, end, "<vUnCom>", 2), 10000);
    long long desc = value_in(src, end, "<vDesc>", 2);
    long long other = value_in(src, end, "<vOutro>", 2);
    long long item = prod - desc + other; /* ER SAT: vItem = vProd - vDesc + vOutro */
    if (!(src = copy_to(o, src, end, "</vUnCom>", 1))) return NULL;
    putf(o, "<vProd>%lld.%02lld</vProd>", MONEY(prod));
    if (!(src = copy_to(o, src, end, "</indRegra>", 1))) return NULL;
    if (strncmp(src, "<vDesc>", 7) == 0 && !(src = copy_to(o, src, end, "</vDesc>", 1))) return NULL;
    if (strncmp(src, "<vOutro>", 8) == 0 && !(src = copy_to(o, src, end, "</vOutro>", 1))) return NULL;
    putf(o, "<vItem>%lld.%02lld</vItem>", MONEY(item));
    const char *rest;
    if ((rest = copy_to(o, src, end, "</pICMS>", 1))) {
        long long icms = rounded(item * value_in(src, end, "<pICMS>", 2), 10000);
        putf(o, "<vICMS>%lld.%02lld</vICMS>", MONEY(icms));
        t->icms += icms;
        src = rest;
    }
    if ((rest = copy_to(o, src, end, "</pPIS>", 1))) {
        long long pis = rounded(value_in(src, end, "<vBC>", 2) * value_in(src, end, "<pPIS>", 4), 10000);
        putf(o, "<vPIS>%lld.%02lld</vPIS>", MONEY(pis));
        t->pis += pis;
        src = rest;
    }
    if ((rest = copy_to(o, src, end, "</pCOFINS>", 1))) {
        long long cofins = rounded(value_in(src, end, "<vBC>", 2) * value_in(src, end, "<pCOFINS>", 4), 10000);
        putf(o, "<vCOFINS>%lld.%02lld</vCOFINS>", MONEY(cofins));
        t->cofins += cofins;
        src = rest;
    }
    t->prod += prod;
    t->desc += desc;
    t->other += other;
    return copy_to(o, src, NULL, "</det>", 1);
}

long long cfe_complete(const char *sale, const struct cfe_identity *id, char *out, size_t size) {
    out_t o = { out, 0, size, 0 };
    totals_t t = { 0, 0, 0, 0, 0, 0 };
    const char *src = strstr(sale, "<ide>");
    if (!src || !strstr(sale, "</infCFe>")) return -1;
    putf(&o, "<?xml version=\"1.0\"?><CFe><infCFe Id=\"CFe%s\" versao=\"0.08\" versaoDadosEnt=\"0.08\" versaoSB=\"010000\">", id->key);
    putf(&o, "<ide><cUF>%.2s</cUF><cNF>%.6s</cNF><mod>59</mod><nserieSAT>%.9s</nserieSAT><nCFe>%.6s</nCFe>", id->key, id->key + 37, id->key + 22, id->key + 31);
    putf(&o, "<dEmi>%.8s</dEmi><hEmi>%.6s</hEmi><cDV>%c</cDV><tpAmb>2</tpAmb>", id->timestamp, id->timestamp + 8, id->key[43]);
    src += strlen("<ide>");
    if (!(src = copy_to(&o, src, NULL, "</signAC>", 1))) return -1;
    putf(&o, "<assinaturaQRCODE>%s</assinaturaQRCODE>", id->qr_signature);
    if (!(src = copy_to(&o, src, NULL, "<emit>", 1)) || !(src = copy_to(&o, src, NULL, "</CNPJ>", 1))) return -1;
    put(&o, CFE_EMULATOR_EMITTER, strlen(CFE_EMULATOR_EMITTER));
    const char *emit_end = strstr(src, "</emit>");
    const char *issqn = strstr(src, "<cRegTribISSQN>");
    if (!emit_end || !(src = copy_to(&o, src, NULL, issqn && issqn < emit_end ? "<cRegTribISSQN>" : "<indRatISSQN>", 0))) return -1;
    /* cRegTrib follows the items' ICMS form: CSOSN only exists for Simples Nacional. */
    putf(&o, "<cRegTrib>%d</cRegTrib>", strstr(sale, "<CSOSN>") ? 1 : 3);
    if (!(src = copy_to(&o, src, NULL, "</emit>", 1))) return -1;
    while (strstr(src, "<det ")) {
        src = copy_to(&o, src, NULL, "<det ", 0);
        if (!(src = complete_item(&o, src, &t))) return -1;
    }
    if (!(src = copy_to(&o, src, NULL, "<total/>", 0))) return -1;
    long long vcfe = t.prod - t.desc + t.other;
    putf(&o, "<total><ICMSTot><vICMS>%lld.%02lld</vICMS><vProd>%lld.%02lld</vProd><vDesc>%lld.%02lld</vDesc>", MONEY(t.icms), MONEY(t.prod), MONEY(t.desc));
    putf(&o, "<vPIS>%lld.%02lld</vPIS><vCOFINS>%lld.%02lld</vCOFINS><vPISST>0.00</vPISST><vCOFINSST>0.00</vCOFINSST><vOutro>%lld.%02lld</vOutro></ICMSTot>", MONEY(t.pis), MONEY(t.cofins), MONEY(t.other));
    putf(&o, "<vCFe>%lld.%02lld</vCFe></total>", MONEY(vcfe));
    src += strlen("<total/>");
    const char *pgto_end = strstr(src, "</pgto>");
    if (!pgto_end) return -1;
    long long paid = 0;
    for (const char *mp = strstr(src, "<vMP>"); mp && mp < pgto_end; mp = strstr(mp + 1, "<vMP>")) paid += cfe_scaled(mp + 5, 2);
    if (paid < vcfe) return -1;
    if (!(src = copy_to(&o, src, NULL, "</pgto>", 0))) return -1;
    putf(&o, "<vTroco>%lld.%02lld</vTroco>", MONEY(paid - vcfe));
    if (!copy_to(&o, src, NULL, "</infCFe>", 1)) return -1;
    putf(&o, "<Signature xmlns=\"http://www.w3.org/2000/09/xmldsig#\"><SignatureValue>%s</SignatureValue></Signature></CFe>", id->qr_signature);
    return o.overflow ? -1 : vcfe;
}
