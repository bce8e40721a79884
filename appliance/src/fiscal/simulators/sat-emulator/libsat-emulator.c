/*
 * In-repo SAT-CF-e emulator: a shared library with the standard ER SAT function signatures
 * (char* Fn(int numeroSessao, ...)), answering in the pipe-separated format of real devices.
 * It stands in for the vendor's libsat.so in tests and demos; the CF-e it returns is completed
 * as a device does (cfe-complete.c) but not signed with an ICP-Brasil key (assinaturaQRCODE and
 * SignatureValue are a recognisable placeholder).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "cfe-complete.h"

#define RESPONSE_SIZE (4 * 1024 * 1024)
#define SESSIONS 64

static char *response;
static char *scratch;
static int activated;
static char activation_code[64];
static char cnpj[15] = "00000000000000";
static int uf_code = 35;
static int cfe_number;
static char last_sale_key[45];
static char last_fiscal_response_owner;
static char *last_fiscal_response;
static struct { int session; char *answer; } sessions[SESSIONS];
static int next_session_slot;

/*
 * Like a device's own memory, activation and the CF-e counter survive a restart of the point of
 * sale: they are kept in "<this library>.state" next to the library file.
 */
static char state_path[4096];
static int state_loaded;

static void load_state(void) {
    Dl_info info;
    state_loaded = 1;
    if (!dladdr((void *)&load_state, &info) || !info.dli_fname) return;
    snprintf(state_path, sizeof state_path, "%s.state", info.dli_fname);
    FILE *f = fopen(state_path, "r");
    if (!f) return;
    if (fscanf(f, "%d %63s %14s %d %d", &activated, activation_code, cnpj, &uf_code, &cfe_number) != 5) activated = 0;
    fclose(f);
}

/* The answer of the last fiscal session (sale or cancellation), for ConsultarUltimaSessaoFiscal after a restart. */
static void save_last_fiscal_response(void) {
    char path[4200];
    snprintf(path, sizeof path, "%s.last", state_path);
    FILE *f = state_path[0] ? fopen(path, "w") : NULL;
    if (!f) return;
    fputs(last_fiscal_response, f);
    fclose(f);
}

static void load_last_fiscal_response(void) {
    char path[4200];
    snprintf(path, sizeof path, "%s.last", state_path);
    FILE *f = fopen(path, "r");
    if (!f) return;
    size_t n = fread(last_fiscal_response, 1, RESPONSE_SIZE - 1, f);
    last_fiscal_response[n] = 0;
    last_fiscal_response_owner = n > 0;
    fclose(f);
}

static void save_state(void) {
    FILE *f = state_path[0] ? fopen(state_path, "w") : NULL;
    if (!f) return;
    fprintf(f, "%d %s %s %d %d\n", activated, activation_code, cnpj, uf_code, cfe_number);
    fclose(f);
}

static void ensure_buffers(void) {
    if (!response) response = malloc(RESPONSE_SIZE);
    if (!scratch) scratch = malloc(RESPONSE_SIZE);
    if (!last_fiscal_response) last_fiscal_response = calloc(RESPONSE_SIZE, 1);
    if (!state_loaded) {
        load_state();
        if (state_path[0]) load_last_fiscal_response();
    }
}

static const char *remember(int session) {
    free(sessions[next_session_slot].answer);
    sessions[next_session_slot].session = session;
    sessions[next_session_slot].answer = strdup(response);
    next_session_slot = (next_session_slot + 1) % SESSIONS;
    return response;
}

static const char *answer(int session, const char *code, const char *message) {
    ensure_buffers();
    snprintf(response, RESPONSE_SIZE, "%06d|%s|%s||", session, code, message);
    return remember(session);
}

static void base64(const unsigned char *in, size_t length, char *out) {
    static const char table[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    size_t o = 0;
    for (size_t i = 0; i < length; i += 3) {
        unsigned v = in[i] << 16 | (i + 1 < length ? in[i + 1] << 8 : 0) | (i + 2 < length ? in[i + 2] : 0);
        out[o++] = table[(v >> 18) & 63];
        out[o++] = table[(v >> 12) & 63];
        out[o++] = i + 1 < length ? table[(v >> 6) & 63] : '=';
        out[o++] = i + 2 < length ? table[v & 63] : '=';
    }
    out[o] = 0;
}

static int mod11(const char *digits) {
    int sum = 0, weight = 2;
    for (int i = (int)strlen(digits) - 1; i >= 0; i--) {
        sum += (digits[i] - '0') * weight;
        weight = weight == 9 ? 2 : weight + 1;
    }
    int rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
}

static void timestamp(char *out) {
    time_t now = time(NULL);
    strftime(out, 15, "%Y%m%d%H%M%S", localtime(&now));
}

static void new_key(char *key) {
    char body[64];
    char ts[15];
    timestamp(ts);
    cfe_number = cfe_number % 999999 + 1;
    save_state();
    snprintf(body, sizeof body, "%02d%.4s%s59900000001%06d%06d", uf_code, ts + 2, cnpj, cfe_number, (cfe_number * 7919) % 1000000);
    snprintf(key, 45, "%.43s%d", body, mod11(body));
}

/* assinaturaQRCODE: 344 base64 characters like a device's RSA-2048 signature; recognisably not one. */
static void qr_signature(const char *key, char *out) {
    unsigned char raw[256];
    char seed[64];
    int n = snprintf(seed, sizeof seed, "EMULADOR-SAT-%s-", key);
    for (int i = 0; i < 256; i++) raw[i] = (unsigned char)seed[i % n];
    base64(raw, sizeof raw, out);
}

const char *AtivarSAT(int session, int subCommand, const char *code, const char *cnpjValue, int cUF) {
    (void)subCommand;
    ensure_buffers();
    if (activated) return answer(session, "04003", "SAT já ativado");
    if (!code || strlen(code) < 8 || strlen(code) > 32) return answer(session, "04001", "Código de ativação inválido");
    snprintf(activation_code, sizeof activation_code, "%s", code);
    snprintf(cnpj, sizeof cnpj, "%.14s", cnpjValue);
    uf_code = cUF;
    activated = 1;
    save_state();
    char csr[128];
    base64((const unsigned char *)"-----BEGIN CERTIFICATE REQUEST-----EMULADOR", 43, csr);
    snprintf(response, RESPONSE_SIZE, "%06d|04000|Ativado corretamente|||%s", session, csr);
    return remember(session);
}

static const char *check_code(int session, const char *prefix, const char *code) {
    char status[6];
    ensure_buffers();
    if (!activated) { snprintf(status, sizeof status, "%s002", prefix); return answer(session, status, "SAT ainda não ativado"); }
    if (!code || strcmp(code, activation_code) != 0) { snprintf(status, sizeof status, "%s001", prefix); return answer(session, status, "Código de ativação inválido"); }
    return NULL;
}

const char *EnviarDadosVenda(int session, const char *code, const char *sale) {
    const char *refused = check_code(session, "06", code);
    if (refused) return refused;
    if (!sale || !strstr(sale, "<infCFe") || !strstr(sale, "<total/>") || !strstr(sale, "</CFe>")) return answer(session, "06010", "Erro de validação do conteúdo");
    char key[45], ts[15], consumer[15] = "", qr[350];
    new_key(key);
    timestamp(ts);
    qr_signature(key, qr);
    /* The consumer identified in dest (CPF or CNPJ na nota) goes back in the answer, as a device does. */
    const char *cpfTag = strstr(sale, "<dest><CPF>");
    const char *cnpjTag = strstr(sale, "<dest><CNPJ>");
    if (cpfTag) snprintf(consumer, sizeof consumer, "%.11s", cpfTag + 11);
    else if (cnpjTag) snprintf(consumer, sizeof consumer, "%.14s", cnpjTag + 12);
    struct cfe_identity id = { key, ts, qr };
    long long cents = cfe_complete(sale, &id, scratch, RESPONSE_SIZE);
    if (cents < 0) return answer(session, "06010", "Erro de validação do conteúdo");
    size_t written = strlen(scratch);
    char *encoded = malloc(written * 4 / 3 + 8);
    base64((const unsigned char *)scratch, written, encoded);
    snprintf(response, RESPONSE_SIZE, "%06d|06000|0000|Emitido com sucesso + conteúdo notas|||%s|%s|CFe%s|%lld.%02lld|%s|%s",
             session, encoded, ts, key, cents / 100, cents % 100, consumer, qr);
    free(encoded);
    snprintf(last_sale_key, sizeof last_sale_key, "%s", key);
    snprintf(last_fiscal_response, RESPONSE_SIZE, "%s", response);
    save_last_fiscal_response();
    last_fiscal_response_owner = 1;
    return remember(session);
}

const char *CancelarUltimaVenda(int session, const char *code, const char *accessKey, const char *cancellation) {
    const char *refused = check_code(session, "07", code);
    if (refused) return refused;
    if (!last_sale_key[0] || !accessKey || strncmp(accessKey, "CFe", 3) != 0 || strcmp(accessKey + 3, last_sale_key) != 0) {
        return answer(session, "07002", "Cupom inválido");
    }
    if (!cancellation || !strstr(cancellation, "<CFeCanc>")) return answer(session, "07007", "Erro de validação do conteúdo");
    char key[45], ts[15];
    new_key(key);
    timestamp(ts);
    int written = snprintf(scratch, RESPONSE_SIZE, "<?xml version=\"1.0\"?><CFeCanc><infCFe Id=\"CFe%s\" chCanc=\"CFe%s\" versao=\"0.08\"><dEmi>%.8s</dEmi><hEmi>%.6s</hEmi></infCFe></CFeCanc>", key, last_sale_key, ts, ts + 8);
    char *encoded = malloc((size_t)written * 4 / 3 + 8);
    base64((const unsigned char *)scratch, (size_t)written, encoded);
    snprintf(response, RESPONSE_SIZE, "%06d|07000|0000|Cupom cancelado com sucesso + conteúdo CF-e-SAT cancelado|||%s|%s|CFe%s|0.00||", session, encoded, ts, key);
    free(encoded);
    last_sale_key[0] = 0;
    snprintf(last_fiscal_response, RESPONSE_SIZE, "%s", response);
    save_last_fiscal_response();
    return remember(session);
}

const char *ConsultarSAT(int session) { return answer(session, "08000", "SAT em operação"); }

const char *TesteFimAFim(int session, const char *code, const char *sale) {
    const char *refused = check_code(session, "09", code);
    if (refused) return refused;
    if (!sale || !strstr(sale, "<CFe>")) return answer(session, "09010", "Erro de validação do conteúdo");
    char key[45], ts[15], encoded[128];
    new_key(key);
    timestamp(ts);
    base64((const unsigned char *)"<CFe/>", 6, encoded);
    snprintf(response, RESPONSE_SIZE, "%06d|09000|Emitido com sucesso|||%s|%s|000000|CFe%s", session, encoded, ts, key);
    return remember(session);
}

const char *ConsultarStatusOperacional(int session, const char *code) {
    const char *refused = check_code(session, "10", code);
    if (refused) return refused;
    char ts[15];
    timestamp(ts);
    const char *zeros = "00000000000000000000000000000000000000000000";
    snprintf(response, RESPONSE_SIZE,
        "%06d|10000|Resposta com Sucesso|||900000001|DHCP|192.168.000.010|00:11:22:33:44:55|255.255.255.000|192.168.000.001|192.168.000.001|192.168.000.001|CONECTADO|ALTO|4 GB|1 GB|%s|01.00.00|00.08|%s|%s|%s|%s|%s|20250101|20300101|0",
        session, ts, last_sale_key[0] ? last_sale_key : zeros, zeros, zeros, ts, ts);
    return remember(session);
}

const char *ConsultarNumeroSessao(int session, const char *code, int wanted) {
    const char *refused = check_code(session, "11", code);
    if (refused) return refused;
    for (int i = 0; i < SESSIONS; i++) {
        if (sessions[i].answer && sessions[i].session == wanted) {
            snprintf(response, RESPONSE_SIZE, "%s", sessions[i].answer);
            return response;
        }
    }
    return answer(session, "11003", "Sessão não existe");
}

const char *AssociarAssinatura(int session, const char *code, const char *cnpjs, const char *signature) {
    const char *refused = check_code(session, "13", code);
    if (refused) return refused;
    if (!cnpjs || strlen(cnpjs) != 28 || !signature || !*signature) return answer(session, "13002", "Erro na vinculação do AC");
    return answer(session, "13000", "Assinatura do AC registrada");
}

const char *ConsultarUltimaSessaoFiscal(int session, const char *code) {
    const char *refused = check_code(session, "19", code);
    if (refused) return refused;
    if (!last_fiscal_response_owner) return answer(session, "19003", "Não existe sessão fiscal");
    snprintf(response, RESPONSE_SIZE, "%s", last_fiscal_response);
    return response;
}

const char *ComunicarCertificadoICPBRASIL(int session, const char *code, const char *certificate) {
    (void)certificate;
    const char *refused = check_code(session, "05", code);
    return refused ? refused : answer(session, "05000", "Certificado transmitido com sucesso");
}

const char *BloquearSAT(int session, const char *code) {
    const char *refused = check_code(session, "16", code);
    return refused ? refused : answer(session, "16000", "Equipamento SAT será bloqueado");
}

const char *DesbloquearSAT(int session, const char *code) {
    const char *refused = check_code(session, "17", code);
    return refused ? refused : answer(session, "17000", "Equipamento SAT será desbloqueado");
}
