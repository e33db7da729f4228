language-name = Bahasa Indonesia
