export const catalogMessages = {
  CATEGORY_NOT_FOUND: 'Categoria não encontrada.',
  CATEGORY_PARENT_NOT_FOUND: 'A categoria-mãe informada não existe.',
  CATEGORY_CYCLE: 'Uma categoria não pode ficar dentro dela mesma.',
  CATEGORY_ID_TAKEN: 'Já existe uma categoria com este código.',
  PRODUCT_NOT_FOUND: 'Produto não encontrado.',
  PRODUCT_ID_TAKEN: 'Já existe um produto com este código.',
  PRODUCT_SKU_TAKEN: 'Já existe um produto com o SKU {sku}.',
  PRODUCT_BARCODE_TAKEN: 'O código de barras {barcode} já está em outro produto.',
  PRODUCT_CATEGORY_NOT_FOUND: 'A categoria do produto não existe.',
  PRODUCT_COMBO_ITEM_NOT_FOUND: 'Um item do combo não existe no cardápio.',
  BARCODE_INVALID: 'Código de barras inválido (dígito verificador não confere).',
};
