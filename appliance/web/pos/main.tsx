document.getElementById('app')!.textContent = 'Caixa';
