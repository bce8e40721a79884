/*
 * In-repo CliSiTef emulator: a shared library with the CliSiTef interactive C interface
 * (ConfiguraIntSiTefInterativo, IniciaFuncaoSiTefInterativo, ContinuaFuncaoSiTefInterativo,
 * FinalizaFuncaoSiTefInterativo, ObtemQuantidadeTransacoesPendentes) that also plays the SiTef
 * server and the PIN pad. It stands in for the vendor's libclisitef.so in tests and demos.
 *
 * The SiTef address given to ConfiguraIntSiTefInterativo is the directory where the emulated
 * server keeps its state, so it survives the POS process dying:
 *   <dir>/scenario      approve | decline | timeout | partial (how the next payment is answered)
 *   <dir>/<cupom>.tx    "<STATE> <amountCents> <nsu> <dataFiscal>" per fiscal coupon, STATE one of
 *                       PENDING, CONFIRMED, UNDONE, DECLINED
 *   <dir>/nsu           the last NSU handed out
 *   <dir>/pause         "<authorize|finish> <ms>": hold the call that long right after the approval
 *                       is recorded (authorize) or before FinalizaFuncao records its outcome
 *                       (finish), so a test can kill the POS process at exactly that point
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define CONTINUE 10000
#define CANCELLED_BY_OPERATOR (-2)
#define NOT_CONFIGURED (-1)
#define DECLINED_BY_AUTHORIZER 5
#define DOCUMENT_NOT_FOUND (-13)

enum step {
    MENU_TITLE, MENU_METHOD, READ_METHOD, MENU_INSTALLMENT_KIND, READ_INSTALLMENT_KIND, READ_INSTALLMENTS,
    CARD_MESSAGE, WAIT_CARD, PIN_MESSAGE, PROCESSING, AUTHORIZE, FIELDS, APPROVED_MESSAGE, DONE, DECLINED_END
};
enum method { UNKNOWN, DEBIT, CREDIT, VOUCHER };

static char server_dir[512];
static int configured;

static struct {
    int active;
    enum step step;
    enum method method;
    long amount_cents;
    long approved_cents;
    int installments;
    int polls;
    int field;
    char scenario[16];
    char cupom[21];
    char data[9];
    char nsu[13];
    char authorization[8];
} tx;

static void path_of(char *out, size_t size, const char *name) {
    snprintf(out, size, "%s/%s", server_dir, name);
}

static void read_scenario(void) {
    char path[600];
    path_of(path, sizeof path, "scenario");
    strcpy(tx.scenario, "approve");
    FILE *f = fopen(path, "r");
    if (!f) return;
    if (fscanf(f, "%15s", tx.scenario) != 1) strcpy(tx.scenario, "approve");
    fclose(f);
}

/* Calls run on a worker thread of the POS (koffi async), so sleeping here holds only this call. */
static void pause_at(const char *where) {
    char path[600], at[16];
    long ms = 0;
    path_of(path, sizeof path, "pause");
    FILE *f = fopen(path, "r");
    if (!f) return;
    int read = fscanf(f, "%15s %ld", at, &ms);
    fclose(f);
    if (read != 2 || strcmp(at, where) != 0 || ms <= 0) return;
    struct timespec delay = { ms / 1000, (ms % 1000) * 1000000L };
    nanosleep(&delay, NULL);
}

static long next_nsu(void) {
    char path[600];
    long last = 100000;
    path_of(path, sizeof path, "nsu");
    FILE *f = fopen(path, "r");
    if (f) {
        if (fscanf(f, "%ld", &last) != 1) last = 100000;
        fclose(f);
    }
    f = fopen(path, "w");
    if (f) {
        fprintf(f, "%ld\n", last + 1);
        fclose(f);
    }
    return last + 1;
}

static void record(const char *cupom, const char *state, long amount, const char *nsu, const char *data) {
    char name[64], path[600], temp[620];
    snprintf(name, sizeof name, "%s.tx", cupom);
    path_of(path, sizeof path, name);
    snprintf(temp, sizeof temp, "%s.tmp", path);
    FILE *f = fopen(temp, "w");
    if (!f) return;
    fprintf(f, "%s %ld %s %s\n", state, amount, nsu[0] ? nsu : "-", data);
    fclose(f);
    rename(temp, path);
}

/* Reads a coupon's record; returns 0 when the server never saw the coupon. */
static int lookup(const char *cupom, char *state, long *amount, char *nsu, char *data) {
    char name[64], path[600];
    snprintf(name, sizeof name, "%s.tx", cupom);
    path_of(path, sizeof path, name);
    FILE *f = fopen(path, "r");
    if (!f) return 0;
    int read = fscanf(f, "%15s %ld %12s %8s", state, amount, nsu, data);
    fclose(f);
    return read == 4;
}

static long parse_amount(const char *valor) {
    long units = 0, cents = 0;
    const char *p = valor;
    while (*p >= '0' && *p <= '9') units = units * 10 + (*p++ - '0');
    if (*p == ',' || *p == '.') {
        p++;
        for (int i = 0; i < 2; i++) cents = cents * 10 + (*p >= '0' && *p <= '9' ? *p++ - '0' : 0);
    }
    return units * 100 + cents;
}

static int emit(int *comando, long *tipo, short *min, short *max, char *buffer, int size, int command, long field, const char *text) {
    *comando = command;
    *tipo = field;
    *min = 0;
    *max = 0;
    snprintf(buffer, (size_t)size, "%s", text);
    return CONTINUE;
}

static int ask(int *comando, long *tipo, short *min, short *max, char *buffer, int size, int command, long field, short lo, short hi, const char *text) {
    emit(comando, tipo, min, max, buffer, size, command, field, text);
    *min = lo;
    *max = hi;
    return CONTINUE;
}

static int finish_cancelled(void) {
    record(tx.cupom, "UNDONE", tx.amount_cents, "", tx.data);
    tx.active = 0;
    return CANCELLED_BY_OPERATOR;
}

int ConfiguraIntSiTefInterativo(const char *ip_sitef, const char *id_loja, const char *id_terminal, short reservado) {
    (void)reservado;
    if (!ip_sitef || !ip_sitef[0] || !id_loja || strlen(id_loja) != 8 || !id_terminal || strlen(id_terminal) != 8) return 1;
    snprintf(server_dir, sizeof server_dir, "%s", ip_sitef);
    memset(&tx, 0, sizeof tx);
    configured = 1;
    return 0;
}

int IniciaFuncaoSiTefInterativo(int funcao, const char *valor, const char *cupom, const char *data, const char *hora,
                                const char *operador, const char *param_adic) {
    (void)hora;
    (void)operador;
    (void)param_adic;
    if (!configured) return NOT_CONFIGURED;
    if (funcao != 0 && funcao != 2 && funcao != 3) return -3;
    memset(&tx, 0, sizeof tx);
    tx.active = 1;
    tx.amount_cents = parse_amount(valor ? valor : "");
    snprintf(tx.cupom, sizeof tx.cupom, "%s", cupom ? cupom : "");
    snprintf(tx.data, sizeof tx.data, "%s", data ? data : "");
    tx.installments = 1;
    read_scenario();
    if (funcao == 2) tx.method = DEBIT;
    if (funcao == 3) tx.method = CREDIT;
    tx.step = funcao == 0 ? MENU_TITLE : funcao == 3 ? MENU_INSTALLMENT_KIND : CARD_MESSAGE;
    return CONTINUE;
}

static int emit_field(int *c, long *t, short *mn, short *mx, char *b, int s) {
    char text[1024];
    switch (tx.field++) {
    case 0: snprintf(text, sizeof text, "%s", tx.method == DEBIT ? "Cartao de Debito" : tx.method == CREDIT ? "Cartao de Credito" : "Voucher");
        return emit(c, t, mn, mx, b, s, 0, 101, text);
    case 1: return emit(c, t, mn, mx, b, s, 0, 131, "00005");
    case 2: return emit(c, t, mn, mx, b, s, 0, 156, "REDE");
    case 3: return emit(c, t, mn, mx, b, s, 0, 132, "00002");
    case 4: return emit(c, t, mn, mx, b, s, 0, 133, tx.nsu);
    case 5: return emit(c, t, mn, mx, b, s, 0, 134, tx.nsu);
    case 6: return emit(c, t, mn, mx, b, s, 0, 135, tx.authorization);
    case 7: snprintf(text, sizeof text, "%d", tx.installments);
        return emit(c, t, mn, mx, b, s, 0, 505, text);
    case 8: snprintf(text, sizeof text, "%ld", tx.approved_cents);
        return emit(c, t, mn, mx, b, s, 0, 1319, text);
    case 9: snprintf(text, sizeof text, "REDE - VIA CLIENTE\nNSU: %s  AUT: %s\nVALOR: %ld,%02ld\nPARCELAS: %d\n", tx.nsu, tx.authorization,
                     tx.approved_cents / 100, tx.approved_cents % 100, tx.installments);
        return emit(c, t, mn, mx, b, s, 0, 121, text);
    case 10: snprintf(text, sizeof text, "REDE - VIA ESTABELECIMENTO\nNSU: %s  AUT: %s\nVALOR: %ld,%02ld\n", tx.nsu, tx.authorization,
                      tx.approved_cents / 100, tx.approved_cents % 100);
        return emit(c, t, mn, mx, b, s, 0, 122, text);
    default: tx.step = APPROVED_MESSAGE; return -1;
    }
}

int ContinuaFuncaoSiTefInterativo(int *comando, long *tipo_campo, short *tam_minimo, short *tam_maximo, char *buffer,
                                  int tam_buffer, int continua) {
    if (!configured) return NOT_CONFIGURED;
    if (!tx.active) return -12;
    if (continua == -1) return finish_cancelled();
    int c;
    switch (tx.step) {
    case MENU_TITLE:
        tx.step = MENU_METHOD;
        return emit(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 4, -1, "Selecione a forma de pagamento");
    case MENU_METHOD:
        tx.step = READ_METHOD;
        return ask(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 21, -1, 1, 1,
                   "1:Cheque;2:Cartao de Debito;3:Cartao de Credito;4:Voucher;");
    case READ_METHOD:
        c = atoi(buffer);
        if (c < 2 || c > 4) return finish_cancelled();
        tx.method = c == 2 ? DEBIT : c == 3 ? CREDIT : VOUCHER;
        tx.step = tx.method == CREDIT ? MENU_INSTALLMENT_KIND : CARD_MESSAGE;
        return ContinuaFuncaoSiTefInterativo(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 0);
    case MENU_INSTALLMENT_KIND:
        tx.step = READ_INSTALLMENT_KIND;
        return ask(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 21, -1, 1, 1,
                   "1:A Vista;2:Parcelado pelo Estabelecimento;3:Parcelado pela Administradora;");
    case READ_INSTALLMENT_KIND:
        c = atoi(buffer);
        if (c < 1 || c > 3) return finish_cancelled();
        if (c == 1) {
            tx.step = CARD_MESSAGE;
            return ContinuaFuncaoSiTefInterativo(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 0);
        }
        tx.step = READ_INSTALLMENTS;
        return ask(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 30, 505, 1, 2, "Forneca o numero de parcelas");
    case READ_INSTALLMENTS:
        tx.installments = atoi(buffer);
        if (tx.installments < 2 || tx.installments > 99) return finish_cancelled();
        tx.step = CARD_MESSAGE;
        return ContinuaFuncaoSiTefInterativo(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 0);
    case CARD_MESSAGE:
        tx.step = WAIT_CARD;
        return emit(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 3, 5000, "Insira ou passe o cartao");
    case WAIT_CARD:
        /* The customer never presents the card in the timeout scenario: only the POS can end it. */
        if (strcmp(tx.scenario, "timeout") != 0 && ++tx.polls > 2) tx.step = PIN_MESSAGE;
        return emit(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 23, 5000, "");
    case PIN_MESSAGE:
        tx.step = PROCESSING;
        return emit(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 3, 5001, "Digite a senha");
    case PROCESSING:
        tx.step = AUTHORIZE;
        return emit(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 1, -1, "Aguarde, transacao em andamento");
    case AUTHORIZE:
        if (strcmp(tx.scenario, "decline") == 0) {
            record(tx.cupom, "DECLINED", tx.amount_cents, "", tx.data);
            tx.step = DECLINED_END;
            return emit(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 3, -1, "TRANSACAO NEGADA - SALDO INSUFICIENTE");
        }
        snprintf(tx.nsu, sizeof tx.nsu, "%ld", next_nsu());
        snprintf(tx.authorization, sizeof tx.authorization, "A%05ld", labs(atol(tx.nsu) % 100000));
        tx.approved_cents = strcmp(tx.scenario, "partial") == 0 ? tx.amount_cents / 2 : tx.amount_cents;
        /* Approved by the network but not finalized: pending until FinalizaFuncaoSiTefInterativo. */
        record(tx.cupom, "PENDING", tx.approved_cents, tx.nsu, tx.data);
        pause_at("authorize");
        tx.step = FIELDS;
        /* fall through */
    case FIELDS:
        c = emit_field(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer);
        if (c == CONTINUE) return c;
        /* fall through */
    case APPROVED_MESSAGE:
        tx.step = DONE;
        return emit(comando, tipo_campo, tam_minimo, tam_maximo, buffer, tam_buffer, 1, -1, "Transacao Aprovada");
    case DONE:
        tx.active = 0;
        return 0;
    case DECLINED_END:
        tx.active = 0;
        return DECLINED_BY_AUTHORIZER;
    }
    return finish_cancelled();
}

void FinalizaFuncaoSiTefInterativo(short confirma, const char *cupom, const char *data, const char *hora, const char *param_adic) {
    (void)hora;
    (void)param_adic;
    char state[16], nsu[13], recorded_data[9];
    long amount;
    if (!configured || !cupom || !lookup(cupom, state, &amount, nsu, recorded_data)) return;
    if (strcmp(state, "PENDING") != 0 || (data && strcmp(data, recorded_data) != 0)) return;
    pause_at("finish");
    record(cupom, confirma ? "CONFIRMED" : "UNDONE", amount, strcmp(nsu, "-") == 0 ? "" : nsu, recorded_data);
}

int ObtemQuantidadeTransacoesPendentes(const char *data, const char *cupom) {
    char state[16], nsu[13], recorded_data[9];
    long amount;
    if (!configured) return NOT_CONFIGURED;
    if (!cupom || !lookup(cupom, state, &amount, nsu, recorded_data)) return DOCUMENT_NOT_FOUND;
    return strcmp(state, "PENDING") == 0 && (!data || strcmp(data, recorded_data) == 0) ? 1 : 0;
}
