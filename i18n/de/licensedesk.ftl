# licensedesk: Deutsch. SEN und Server ID bleiben in jeder Sprache, wie sie sind.
