"""Reading the text: sentences, common words, verbs, Hindi in Latin letters, transliteration,
lists, tables and live blogs.
"""
