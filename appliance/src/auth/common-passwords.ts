/**
 * Passwords at the top of public leak lists (global and Brazilian), lower case. Most would already
 * fail the composition rules; the list matters for the ones that pass them (`Senha@123`,
 * `P@ssw0rd1`), which are the first an attacker tries. Compared case-insensitively.
 */
const COMMON_PASSWORDS = new Set([
  '123456', '123456789', '12345678', '1234567890', '1234567', '12345', '111111', '000000', '123123', '654321',
  'password', 'password1', 'password12', 'password123', 'password1!', 'password@1', 'password@123', 'password#1',
  'password!', 'password123!', 'passw0rd', 'passw0rd!', 'p@ssw0rd', 'p@ssw0rd!', 'p@ssw0rd1', 'p@ssw0rd123',
  'p@ssword', 'p@ssword1', 'p@ssword123', 'p@55w0rd', 'pa$$w0rd', 'pa$$word', 'pa$$word1',
  'qwerty', 'qwerty123', 'qwerty1!', 'qwerty@123', 'qwerty123!', 'qwer1234!', 'qwerty!23', '1q2w3e4r', '1q2w3e4r!',
  '1q2w3e4r5t', 'q1w2e3r4!', 'q1w2e3r4t5', '1qaz2wsx', '1qaz@wsx', '1qaz!qaz', 'zaq12wsx', 'zaq1@wsx', 'zaq!2wsx',
  'abc123', 'abc@123', 'abc@1234', 'abc123!', 'abcd1234', 'abcd@1234', 'abcd1234!', 'aa123456', 'a123456!', 'a1b2c3d4!',
  'admin', 'admin123', 'admin@123', 'admin@1234', 'admin123!', 'admin#123', 'admin@2024', 'admin@2025', 'admin@2026',
  'administrator', 'administrador', 'administrador@123', 'root', 'root@123', 'toor', 'master', 'master@123',
  'welcome', 'welcome1', 'welcome1!', 'welcome@1', 'welcome@123', 'welcome123!', 'letmein', 'letmein1!',
  'changeme', 'changeme1!', 'changeme@123', 'iloveyou', 'iloveyou1!', 'iloveyou@1', 'trustno1', 'dragon', 'monkey',
  'sunshine', 'princess', 'football', 'baseball', 'superman', 'batman', 'shadow', 'michael', 'secret', 'default',
  'senha', 'senha1', 'senha123', 'senha1234', 'senha@123', 'senha@1234', 'senha123!', 'senha#123', 'senha@2024',
  'senha@2025', 'senha@2026', 's3nh@123', 'minhasenha', 'minhasenha@1', 'novasenha', 'novasenha@1', 'novasenha@123',
  'mudar123', 'mudar@123', 'mudar@1234', 'mudar123!', 'mudar#123', 'mudar@2024', 'mudar@2025', 'mudar@2026',
  'trocar123', 'trocar@123', 'trocar123!', 'trocarsenha@1', 'teste', 'teste123', 'teste@123', 'teste@1234', 'teste123!',
  'brasil', 'brasil123', 'brasil@123', 'brasil@2024', 'brasil@2025', 'brasil@2026', 'flamengo', 'flamengo@123',
  'corinthians', 'corinthians@1', 'palmeiras', 'palmeiras@1', 'saopaulo', 'gremio', 'vasco', 'cruzeiro', 'santos',
  'amor', 'amor@123', 'teamo', 'teamo@123', 'jesus', 'jesus@123', 'deus', 'deusefiel', 'deusefiel@1', 'familia',
  'familia@123', 'vitoria', 'sucesso', 'sucesso@1', 'loja@123', 'loja@1234', 'restaurante', 'restaurante@1',
  'restaurante@123', 'usuario', 'usuario@123', 'user@123', 'guest', 'chefia', 'chefia@123', 'chefia@2026',
]);

export function isCommonPassword(password: string): boolean {
  return COMMON_PASSWORDS.has(password.toLowerCase());
}
