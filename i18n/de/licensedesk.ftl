# licensedesk: Deutsch. SEN und Server ID bleiben in jeder Sprache, wie sie sind.

# Contacts, accounts and mail (the translators fill the rest of this file around it).
people-profile-title = Ihr Konto
