# licensedesk: 日本語。SEN と Server ID はどの言語でもそのまま。

## Diagnose and decode on the command line

diagnose-cli-product = 製品：
key-label-signature = 署名：
