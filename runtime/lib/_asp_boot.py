# placeholder so the frozen table is never empty
