# licensedesk: 简体中文。SEN 和 Server ID 在各语言中保持原样。
