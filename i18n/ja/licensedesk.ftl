# licensedesk: 日本語。SEN と Server ID はどの言語でもそのまま。
