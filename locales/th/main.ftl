language-name = ภาษาไทย
