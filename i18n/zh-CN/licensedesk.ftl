# licensedesk: 简体中文。SEN 和 Server ID 在各语言中保持原样。
# 术语遵循 Atlassian 中文界面：许可证、许可证密钥、技术联系人、账单联系人、主要联系人、评估许可证、续订、升级、支持到期、到期日、归档。

## 每位访问者都会看到的页面：导航、登录、错误、导入和导出

product-name = licensedesk
skip-to-content = 跳到正文
nav-licences = 许可证
nav-evaluations = 评估
nav-orders = 订单
nav-import = 导入
nav-diagnose = 诊断
nav-admin = 管理
nav-signed-in-as = 当前用户
nav-sections-label = 栏目
sign-out = 退出登录
sign-in-title = 登录
sign-in-button = 登录
email-label = 电子邮件地址
password-label = 密码
stay-signed-in = 保持登录
stay-signed-in-hint = 在此浏览器上保持 30 天。在共用电脑上请勿勾选。
sign-in-failed = 该电子邮件地址和密码与任何账户都不匹配。
sign-in-try-again-in = 登录失败次数过多。请在 { $seconds } 秒后重试。
signed-out = 您已退出登录。
setup-title = 创建管理员账户
setup-intro = 这是 licensedesk 的首次运行。您在此创建的账户将管理所有许可证和账户。此链接只能使用一次。
setup-button = 创建管理员
name-label = 您的姓名
new-password-label = 新密码
confirm-password-label = 再次输入密码
password-rules = 至少 12 个字符，最多 72 个字节（72 个英文字母，约 24 个汉字）。由几个词连成的一串就是好密码。
passwords-differ = 两次输入的密码不一致。
password-too-short = 密码太短：请至少使用 12 个字符。
password-too-long = 密码太长：最多 72 个字节（每个汉字占 3 个字节）。
email-empty = 请输入电子邮件地址。
email-malformed = 电子邮件地址的格式为 name@example.com。
email-too-long = 该电子邮件地址太长：地址最多 254 个字节。
link-invalid-title = 此链接已失效
link-invalid-body = 它已被使用、已过期，或从未有效。请向管理员索取新链接。
reset-title = 设置新密码
reset-intro = 为 { $email } 设置新密码。此账户的其他所有会话都将结束。
invitation-title = 欢迎使用 licensedesk
invitation-intro = 您已以 { $email } 的身份受邀。请设置密码以激活您的账户。
set-password-button = 设置密码
password-set = 您的密码已设置，您已登录。
setup-done = 管理员账户已就绪，您已登录。
licences-title = 许可证
licences-empty = 还没有许可证。
error-400-title = 无法理解该请求
error-400-one-host = HTTP/1.1 请求必须恰好带有一个 Host 标头
error-400-body-unreadable = 无法读取请求正文：{ $error }
error-400-both-framings = 同时带有 Transfer-Encoding 和 Content-Length 标头
error-400-two-content-lengths = 带有多个 Content-Length 标头
error-400-two-transfer-encodings = 带有多个 Transfer-Encoding 标头
error-400-not-chunked = Transfer-Encoding 必须恰好为“chunked”
error-403-title = 不允许
error-404-title = 找不到页面
error-404-body = 该页面不存在，或者您无权访问。
error-405-title = 不允许此请求
error-405-body = 此地址存在，但不接受这种请求（例如把表单的地址当作页面打开）。请返回并使用页面上的按钮。
error-408-title = 请求超时
error-408-body = 您发送的内容到达得太慢，服务器已停止等待。请重试。
error-413-title = 内容过大
error-413-body = 您发送的内容超出了此页面可接受的大小。
error-429-title = 尝试次数过多
error-429-body = 尝试次数过多。请在 { $seconds } 秒后重试。
error-500-title = 出错了
error-500-body = 服务器无法完成此请求。没有任何更改。如果再次发生，请告知您的管理员。
error-503-title = 繁忙
error-503-body = 服务器繁忙。请稍后重试。
csrf-refused = 此表单已过期或并非来自本站点。请重新加载页面后重试。
back-home = 返回许可证列表
import-title = 导入和导出
import-intro = 粘贴许可证密钥，或选择密钥文件、配置文件或本门户的导出文件。在您确认预览之前，不会有任何更改。
import-paste-label = 粘贴密钥
import-paste-hint = 一个或多个密钥，保持原样即可：在电子邮件中、已换行、带 CRLF 或转义换行符、位于 XML 或 .properties 文件中。
import-files-label = 或选择文件
import-files-hint = 密钥文件、confluence.cfg.xml 之类的文件，或 licensedesk 的 CSV 或 JSON 导出文件。
import-allow-unverified = 同时导入签名无法验证的密钥
import-allow-unverified-hint = 它们会被标记为非正版。除非您知道密钥无法验证的原因，否则请不要勾选。
import-preview-button = 预览导入
import-nothing = 请至少粘贴一个密钥或选择一个文件。
import-pasted-source = 粘贴的文本
import-preview-title = 导入预览
import-preview-summary = 添加 { $added } 个，更新 { $updated } 个，跳过 { $skipped } 个，拒绝 { $rejected } 个。
import-add-heading = 待添加
import-update-heading = 待更新（已续订或已更改）
import-skip-heading = 待跳过
import-rejected-heading = 已拒绝
import-column-where = 位置
import-column-licence = 许可证
import-column-reason = 原因
import-confirm-button = 立即导入
import-cancel = 取消
import-nothing-to-do = 没有可导入的内容：所有条目都被跳过或拒绝。
import-preview-expired = 该预览已过期或已导入。请重新预览。
import-done-title = 导入完成
import-done-summary = 已添加 { $added } 个，已更新 { $updated } 个，已跳过 { $skipped } 个，已拒绝 { $rejected } 个。
import-more = …… 另有 { $count } 个
import-too-many-keys = 其中包含超过 { $max } 个许可证密钥，超出单次导入的上限。请分批导入。
import-preview-too-large = 此导入太大，无法保留用于预览（{ $size } MiB；每个账户最多 { $max } MiB）。请分批导入。
import-previews-full = 服务器当前保存的导入预览已达上限。请确认或取消一个预览，或几分钟后重试。
import-read-stopped = 读取在 { $at } 处停止：其后的内容均未解码。
import-preview-over-budget = 此导入太大，无法保留用于预览（每个账户最多 { $max } MiB）。请分批导入。
import-changed-since-preview = 自您预览以来库存已发生变化，以下是现在导入将执行的操作。尚未导入任何内容：请检查后再次确认。
import-column-changes = 之前 → 之后
import-warnings-heading = 确认前请查看以下内容
import-replace-genuine = 允许无法验证的密钥替换正版密钥（{ $count } 个）
import-replace-genuine-hint = 如不勾选，标记为替换正版密钥的更新将被略过，其余内容照常导入。
import-invite = 向此次导入创建的账户发送邀请
import-invite-hint = 如不勾选，新的联系人账户将以“已邀请”状态创建，但不会发送邀请（之后可在“管理”中发送）；续订提醒仍会发送给许可证的每位联系人，包括这些联系人。
import-contacts-restored = 文件中包含 { $count } 位联系人：将按导出时的状态恢复，包括其主要联系人身份；没有账户的地址将获得一个账户（已邀请）。
import-installations-restored = 文件中的 { $count } 个已记录安装将按导出时的状态重新记录：
import-orders-ignored = 文件中包含 { $orders } 个订单和 { $terms } 个作为主要联系人的期间：只有管理员的导入才会恢复它们，因此不予导入。
import-contacts-ignored = 文件中包含 { $count } 位联系人：不予导入。与“添加许可证”一样，您将成为您添加的每个许可证的技术联系人。
import-held-back = 已略过 { $count } 个会替换正版密钥的更新。
import-invited = 已将 { $count } 封邀请加入发送队列。
export-title = 导出
export-intro = 下载您可以看到的许可证。
export-csv = CSV（用于电子表格）
export-json = JSON（可原样导入）
export-keys = 密钥文件（<SEN>.txt，已压缩）
export-bad-format = 请选择导出格式：csv、json 或 keys。
export-cli-cannot-write-csv = 无法写入 CSV
export-cli-keys-need-folder = --format keys 会为每个许可证写入一个文件：请用 -o DIR 指定文件夹
export-cli-cannot-create = 无法创建 { $path }
export-cli-cannot-write = 无法写入 { $path }
export-cli-wrote-keys = 已将 { $count } 个密钥文件写入 { $folder }。
backup-no-database = { $path } 处没有数据库（请用 --data-dir 指定数据目录）
backup-exists = { $path } 已存在；使用 --force 可替换它
backup-cannot-replace = 无法替换 { $path }
backup-cannot-back-up = 无法将 { $source } 备份到 { $target }
backup-integrity-failed = { $path } 处的备份未通过完整性检查：{ $check }
backup-written = 备份已写入 { $path }（完整性检查：通过）。
serve-first-run = 首次运行：请在 { $link } 创建管理员账户
serve-first-run-once = （该链接只能使用一次；在使用之前，每次启动都会打印一个新链接）
serve-mail-through = 邮件通过 { $server } 投递
serve-mail-outbox = 未指定 --smtp-url：邮件在发件箱中等待（管理 › 发件箱）
serve-connections-limit = 最多同时 { $connections } 个连接（打开文件数上限 { $limit }）
serve-connections = 最多同时 { $connections } 个连接
serve-stopping = licensedesk：正在停止；进行中的请求会先完成
serve-cannot-empty-uploads = 无法清空上传文件夹 { $path }
import-cli-contact-unknown = --contact { $email }：没有使用该地址的账户（可用 `licensedesk user add` 创建）
import-cli-standard-input = 标准输入
import-cli-cannot-read-standard-input = 无法读取标准输入
import-cli-reading = 正在读取密钥
import-cli-importing = 正在导入
import-cli-preview = 预览：添加 { $added } 个，更新 { $updated } 个，跳过 { $skipped } 个，拒绝 { $rejected } 个。
import-cli-dry-run = 试运行：未作任何更改。
import-cli-nothing = 没有可导入的内容。
import-cli-cannot-start = 无法开始导入
import-cli-changed = 显示预览期间库存发生了变化：未导入任何内容；请重新运行导入
import-cli-failed = 导入失败并已回滚：未作任何更改
import-cli-done = 导入完成：添加 { $added } 个，更新 { $updated } 个，跳过 { $skipped } 个，拒绝 { $rejected } 个。
import-cli-held-back = 已略过 { $count } 个会用无法验证的密钥替换正版密钥的更新（使用 --replace-genuine 可应用这类更新）。
import-cli-accounts-invited = 已以“已邀请”状态创建 { $count } 个联系人账户；请在管理页面或使用 `licensedesk user reset-link` 向其发送邀请。
import-cli-add-heading = 添加：
import-cli-update-heading = 更新：
import-cli-skip-heading = 跳过：
import-cli-warnings-heading = 警告：
import-cli-rejected-heading = 已拒绝：
import-cli-no-sen = （无 SEN）
import-cli-update = { $entry }（许可证 { $licence }）：{ $changes }
import-change = { $field }：{ $before } → { $after }
import-heading-count = { $heading }（{ $count }）
import-entry = { $sen } · { $name }
import-field-sen = SEN
import-field-product = 产品
import-field-name = 名称
import-field-type = 类型
import-field-deployment = 部署方式
import-field-user-tier = 用户层级
import-field-key = 密钥
import-field-server-id = Server ID
import-field-organisation = 组织
import-field-licensed-to = 授权给
import-field-purchased = 购买日期
import-field-support-expiry = 支持到期
import-field-licence-expiry = 许可证到期
import-field-support-level = 支持级别
import-field-auto-renew = 自动续订
import-field-archived = 已归档
import-field-evaluation = 评估
import-field-notes = 备注
import-value-empty = —
import-value-unlimited = 无限用户
import-value-key-genuine = …{ $tail }（正版）
import-value-key-not-genuine = …{ $tail }（非正版）
import-value-yes = 是
import-value-no = 否
import-skip-added-earlier = 同一许可证已由此次导入中较早的条目添加（{ $first }）
import-skip-key-earlier = 同一密钥已在此次导入中较早出现（{ $first }）
import-skip-already-in-inventory = 已在库存中（许可证 { $licence }）
import-skip-already-in-inventory-unnamed = 已在库存中
import-skip-changed-by-earlier = 许可证 { $licence } 已由此次导入中较早的条目更改（{ $first }）
import-skip-unchanged = 无变化（许可证 { $licence }）
import-refusal-cannot-read = 无法读取：{ $detail }
import-refusal-link-to-folder = 指向文件夹的符号链接：不跟随（请直接指定该文件夹）
import-refusal-broken-link = 损坏的符号链接：{ $detail }
import-refusal-not-regular-file = 不是普通文件（而是 FIFO、套接字或设备）：已略过
import-refusal-read-already = 已读取过（同一文件夹被访问了两次）
import-refusal-cannot-list = 无法列出内容：{ $detail }
import-refusal-too-large = 大小为 { $length } 字节，超出导入可接受的上限（{ $max } 字节）
import-refusal-grew-while-read = 读取期间增大到超出导入可接受的 { $max } 字节
import-refusal-binary = 不是文本文件（包含二进制数据）
import-refusal-no-key-found = 此文件中未找到许可证密钥
import-refusal-key-like = 看似许可证密钥，但无法读取：{ $error }
import-refusal-not-genuine = 签名验证未通过：不是正版 Atlassian 密钥（如仍要导入并将其标记为非正版，请允许导入无法验证的密钥）
import-refusal-not-an-export = 不是有效的 licensedesk 导出文件：{ $detail }
import-refusal-unsupported-version = 不支持导出版本 { $version }（此 licensedesk 可读取版本 { $oldest } 到 { $newest }）
import-refusal-reference-twice = 引用 { $reference } 在此导出文件中出现了两次
import-refusal-chained-production = production_licence { $production } 本身又关联到一个生产许可证
import-refusal-dangling-installation = 它指向许可证 { $reference }，但该许可证不在此导出文件中
import-refusal-installations-admin-only = 导出文件中的安装只能由管理员恢复
import-refusal-semicolon-sheet = 各列以分号分隔：请将表格另存为以逗号分隔的 CSV（本门户自己的导出文件就是如此）
import-refusal-unknown-sheet-columns = 不是本门户导出的表格：其第一行必须是 CSV 导出文件的列名（导出一份即可查看）
import-refusal-csv-field-count = 此行有 { $found } 列，而表格第一行有 { $expected } 列
import-refusal-csv-header = 不是有效的 CSV 标题行：{ $detail }
import-refusal-csv-row = 不是有效的 CSV 行：{ $detail }
import-refusal-unknown-csv-reference = ref { $raw } 不是本门户写入的引用（新许可证请留空）
import-refusal-not-a-contact = 已有一个您不是其联系人的许可证使用此 SEN 或密钥；请让管理员导入
import-refusal-key-on-other-licence = 此密钥已属于许可证 { $licence }
import-refusal-key-on-other-licence-unnamed = 此密钥已属于另一个许可证
import-refusal-would-replace-genuine = 此密钥无法验证，且会替换许可证 { $licence } 的正版密钥；只有管理员可以这样做
import-refusal-already-the-key = 此密钥已经是该许可证的密钥
import-refusal-would-replace-own-genuine-key = 此密钥无法验证，而当前密钥是正版；只有管理员可以替换它
import-invalid-empty-product = 产品为空
import-invalid-sen-too-long = sen { $value }：SEN 最多 { $max } 个字符
import-invalid-sen-malformed = sen { $value }：SEN 由 SEN- 加字母、数字和连字符组成，例如 SEN-1234567
import-invalid-notes-too-long = 备注超过 { $max } 个字符
import-invalid-notes-control-character = 备注中含有控制字符（备注中只允许换行符和制表符）
import-invalid-server-id = server_id { $value }：Server ID 由四组组成，每组四个字母或数字，例如 BG9T-XUV4-KZZH-B01W
import-invalid-user-tier = 用户层级 { $value } 既不是数字，也不是 unlimited
import-invalid-negative-user-tier = user_tier { $tier } 不是用户数（应为 0 或以上，或用 null 表示无限制）
import-invalid-deployment = 部署方式 { $value } 既不是 server，也不是 data-center
import-invalid-date = { $column } 的值 { $value } 不是形如 2026-11-21 的日期
import-invalid-yes-no = { $column } 的值 { $value } 既不是 yes，也不是 no
import-invalid-unknown-production = production_licence { $production } 不是此导出文件中的许可证
import-invalid-own-production = 许可证不能是其自身的生产许可证
import-invalid-contact-email = 联系人 { $value } 不是电子邮件地址
import-invalid-contact-role = 联系人角色 { $value } 既不是 technical，也不是 billing
import-invalid-two-primaries = { $role ->
        [billing] 有两个主要账单联系人
       *[technical] 有两个主要技术联系人
    }
import-invalid-history-reason = Server ID 历史记录原因 { $value } 不是 manual、diagnosis、import 或 gate 之一
import-invalid-empty-history-key = 密钥历史记录中有一个密钥为空
import-invalid-order-kind = 订单类型 { $value } 不是 new、renewal 或 upgrade 之一
import-invalid-order-number = 订单号 { $value } 为空或重复出现
import-invalid-order-placed-by = 订单的 placed_by { $value } 不是电子邮件地址
import-invalid-term-role = 主要联系人期间的角色 { $value } 既不是 technical，也不是 billing
import-invalid-term-account = 主要联系人期间的账户 { $value } 不是电子邮件地址
import-warning-production-not-imported = 其生产许可证 { $production } 未被导入，因此添加时不关联生产许可证
import-warning-order-not-restored = 订单 { $number } 未恢复：已存在相同编号的订单
import-warning-support-expiry-kept = 保留记录中的支持到期日 { $kept }（该条目为 { $said }；导入绝不会将其提前）
import-warning-support-expiry-kept-none = 保留记录中的支持到期日 { $kept }（该条目没有支持到期日）
import-warning-genuine-key-replaced = 正版密钥将被无法验证的密钥替换
import-warning-lower-user-tier = 用户层级降低：{ $from } → { $to }
import-tier-users = { $users } 个用户
import-warning-other-product = 产品不同：{ $from } → { $to }
import-warning-other-licence-type = 许可证类型不同：{ $from } → { $to }
import-warning-sen-changes = SEN 有变化：{ $from } → { $to }
import-sen-none = 无

## 许可证门户：列表、详情、表单、订单、密钥

portal-evaluations-title = 评估
portal-archived-title = 已归档的许可证
portal-sections-label = 许可证分类
portal-search-hint = SEN、产品、组织、Server ID、名称或备注
portal-search-button = 搜索
portal-add-licence = 添加许可证
portal-new-evaluation = 新建评估许可证
portal-no-match = 没有与“{ $search }”匹配的许可证。
portal-evaluations-empty = 没有评估许可证。
portal-archived-empty = 没有已归档的许可证。
portal-showing = 显示第 { $from }–{ $to } 个，共 { $total } 个
portal-col-product = 产品
portal-col-name = 名称
portal-col-support-expires = 支持到期
portal-col-support = 支持
portal-pages-label = 分页
portal-previous-page = ← 上一页
portal-next-page = 下一页 →
portal-page-of = 第 { $page } 页，共 { $pages } 页
portal-bad-section = 许可证列表中没有这个分类：请选择“许可证”、“评估”或“已归档”。
portal-bad-page = 页码必须是 1 到 1,000,000 之间的整数。
portal-search-too-long = 搜索内容太长：最多 200 个字符。
portal-label = { $label }：
portal-name-with-detail = { $name }（{ $detail }）
portal-today = 今天
portal-in-days = { $n ->
    [1] 明天
   *[other] { $n } 天后
}
portal-days-ago = { $n ->
    [1] 昨天
   *[other] { $n } 天前
}
portal-in-months = { $n } 个月后
portal-months-ago = { $n } 个月前
portal-in-years = { $n } 年后
portal-years-ago = { $n } 年前
portal-expires-today = 今天到期
portal-date-hint = （{ $hint }）
portal-expired-days-ago = { $n ->
    [1] 昨天已到期
   *[other] { $n } 天前已到期
}
portal-expired-months-ago = { $n } 个月前已到期
portal-expired-years-ago = { $n } 年前已到期
portal-no-date = —
portal-badge-expiring = 即将到期
portal-badge-expired = 已到期
portal-badge-developer = 开发者
portal-badge-not-genuine = 非正版
portal-badge-archived = 已归档
portal-primary = 主要
portal-changed = 已更改
portal-back-to-list = ← 许可证
portal-back-to-evaluations = ← 评估
portal-back-to-archived = ← 已归档的许可证
portal-organisation = 组织
portal-notes = 备注
portal-notes-hint = 此许可证的联系人应了解的任何信息；最多 4000 个字符。
portal-notes-none = 还没有备注。
portal-notes-matched = 在备注中找到
portal-sen = SEN
portal-licensed-to = 授权给
portal-server-id = Server ID
portal-server-id-hint = 四组，每组四个字母或数字，例如 BG9T-XUV4-KZZH-B01W。可在产品管理页面的“系统信息”中找到。
portal-licence-key = 许可证密钥
portal-licence-name = 名称
portal-licence-type = 许可证类型
portal-deployment = 部署方式
portal-server = Server
portal-data-center = Data Center
portal-user-tier = 用户层级
portal-auto-renew = 自动续订
portal-on = 开
portal-off = 关
portal-turn-auto-renew-on = 开启自动续订
portal-turn-auto-renew-off = 关闭自动续订
portal-support-level = 支持级别
portal-purchase-date = 购买日期
portal-support-expires = 支持到期
portal-evaluation-started = 评估开始
portal-licence-expires = 许可证到期
portal-evaluation = 评估
portal-evaluation-day-of = 第 { $day } 天，共 { $length } 天
portal-evaluation-days-left = 还剩 { $n } 天
portal-evaluation-progress = { $day } · { $left }
portal-evaluation-over = 已于 { $n } 天前结束
portal-reason-for-purchase = 购买原因
portal-technical-contact = 技术联系人
portal-billing-contact = 账单联系人
portal-no-contact = 无
portal-developer-licences = 开发者许可证
portal-developer-count = { $n } 个开发者许可证
portal-developer-of = 这是一个开发者许可证（非生产用途）。其支持到期日跟随其生产许可证：
portal-not-genuine-notice = 此许可证的密钥没有有效的 Atlassian 签名：它不是正版 Atlassian 密钥。尽管并非正版，它仍被添加。
portal-no-key-yet = 尚无密钥
portal-view-licence-key = 查看许可证密钥
portal-key-gate-hint = 输入该密钥所属安装的 Server ID 后即可显示密钥。
portal-copy-key = 复制密钥
portal-copied = 已复制
portal-edit = 编辑
portal-save = 保存
portal-actions = 操作
portal-open-details = 详情
portal-renew = 续订
portal-upgrade = 升级
portal-download-licence = 下载许可证
portal-view-developer-licence = 查看开发者许可证
portal-archive = 归档
portal-restore = 恢复
portal-restore-hint = 此许可证已归档：“恢复”会将其移回主列表。
portal-extend-evaluation = 延长评估
portal-attach-key = 添加密钥
portal-key-facts-title = 密钥内容
portal-key-products = 产品
portal-key-support-expiry = 支持到期（密钥）
portal-signature = 签名
portal-genuine = 正版
portal-genuine-text = 签名验证通过：这是正版 Atlassian 密钥。
portal-not-genuine = 非正版
portal-not-genuine-text = 签名验证未通过：这不是正版 Atlassian 密钥。
portal-server-id-history-title = Server ID 历史记录
portal-server-id-history-empty = Server ID 未曾更改。
portal-col-when = 时间
portal-col-old = 旧值
portal-col-new = 新值
portal-col-who = 操作人
portal-actor-command-line = 命令行
portal-actor-anonymous = 匿名
portal-col-why = 原因
portal-reason-manual = 手动编辑
portal-reason-diagnosis = 诊断
portal-reason-import = 来自密钥
portal-reason-gate = 为获取密钥而输入
portal-reason-other = 其他
portal-key-history-title = 已替换的密钥
portal-key-replaced = 密钥 { $n }，于 { $when } 由 { $who } 替换（{ $why }）
portal-key-reason-renewal = 续订
portal-key-reason-upgrade = 升级
portal-key-reason-other = 替换
portal-col-fact = 项目
portal-old-key = 旧密钥
portal-new-key = 新密钥
portal-orders-of-licence = 此许可证的订单
portal-required = 请填写此字段。
portal-too-long = 内容太长：最多 { $max } 个字符。
portal-control-characters = 此处不允许使用换行符和控制字符。
portal-notes-missing = 表单未发送备注；请重新加载许可证页面后重试。
portal-notes-control-characters = 备注中不允许使用除换行符和制表符以外的控制字符。
portal-server-id-required = 请输入安装的 Server ID。
portal-server-id-invalid = Server ID 由四组组成，每组四个字母或数字，例如 BG9T-XUV4-KZZH-B01W。
portal-date-required = 请输入日期。
portal-date-field-hint = 格式如 2026-11-21。
portal-date-malformed = 请按“年-月-日”格式填写日期，例如 2026-11-21。
portal-date-not-future = 请选择今天之后的日期。
portal-key-hint = 粘贴完整的密钥；换行符和空格会被忽略。
portal-key-empty = 请粘贴许可证密钥。
portal-key-unreadable = 无法读取此密钥：{ $reason }。
portal-key-not-genuine = 此密钥的签名验证未通过：它不是正版 Atlassian 密钥。如仍要添加，请勾选“即使非正版也添加”；它将被标记为非正版。
portal-key-duplicate = 此密钥已在库存中。
portal-key-is-current = 这是该许可证的当前密钥。
portal-key-other-sen = 此密钥属于 { $key_sen }，但此许可证是 { $sen }。
portal-key-not-developer = 这是{ $licence_type }密钥，不是开发者许可证密钥。
portal-key-tier-mismatch = 此密钥适用于 { $key_tier }，而不是 { $tier }。
portal-accept-not-genuine-label = 即使非正版也添加
portal-accept-not-genuine-hint = 仅适用于签名验证未通过的密钥（例如测试密钥）。该许可证将被标记为非正版。
portal-product = 产品
portal-product-hint = 与 My Atlassian 中的名称一致，例如 Jira Software 或 Confluence。
portal-product-unknown = 请从列表中选择一个产品。
portal-licence-name-hint = 留空则根据产品、层级和类型命名。
portal-licence-type-unknown = 请从列表中选择一种许可证类型。
portal-type-commercial = 商业
portal-type-academic = 学术
portal-type-community = 社区
portal-type-open-source = 开源
portal-type-starter = 入门
portal-type-developer = 开发者
portal-type-demonstration = 演示
portal-type-testing = 测试
portal-type-personal = 个人
portal-type-hosted = 托管
portal-type-evaluation = 评估
portal-type-unspecified = 其他
portal-deployment-unknown = 请选择 Server 或 Data Center。
portal-tier-users = { $users } 个用户
portal-tier-unlimited = 无限用户
portal-user-tier-hint = 用户数，或“unlimited”（无限制）。
portal-tier-empty = 请输入用户数，或“unlimited”（无限制）。
portal-tier-malformed = 层级是从 1 起的整数用户数，或“unlimited”（无限制）。
portal-tier-not-higher = 升级会提高层级：请选择高于 { $tier } 的层级。
portal-sen-hint = SEN（Support Entitlement Number），例如 SEN-1234567。
portal-sen-malformed = SEN 的格式如 SEN-1234567。
portal-purchase-date-hint = 格式如 2026-11-21；不能是将来的日期。
portal-purchase-in-future = 购买日期不能是将来的日期。
portal-support-level-hint = 与发票上一致，例如 Enterprise Support。
portal-bad-auto-renew = 自动续订只能开启或关闭。
portal-add-licence-title = 添加许可证
portal-add-by-key-title = 粘贴许可证密钥
portal-add-by-key-intro = 系统会解码密钥并检查其签名；产品、名称、类型、层级、SEN、组织、日期和 Server ID 都将据此填写。
portal-add-licence-button = 添加许可证
portal-add-by-hand-title = 或手动输入
portal-add-by-hand-intro = 适用于手头没有密钥的许可证。密钥可以稍后添加。
portal-new-evaluation-title = 新建评估许可证
portal-new-evaluation-intro = 评估期为 30 天，至 { $until }，总共可延长至 90 天。收到密钥后请粘贴到此处。
portal-start-evaluation = 开始评估
portal-gate-title = 输入 Server ID
portal-gate-intro = 首次获取许可证密钥时，请输入该密钥所属安装的 Server ID。随后将显示密钥。
portal-gate-where = Jira、Confluence、Bitbucket、Bamboo 和 Crowd 在“管理 › 系统信息”（或许可证页面）中显示其 Server ID。
portal-reason-for-purchase-optional = 购买原因（可选）
portal-reason-for-purchase-hint = 购买此许可证的原因，供您自己记录。
portal-gate-button = 保存并显示密钥
portal-renew-title = 续订
portal-renew-intro = 续订会从当前到期日起延长支持，而不是从今天起。
portal-renew-no-expiry = 此许可证没有支持到期日：支持将从今天起延长。
portal-term-label = 期限
portal-term-hint = 从当前支持到期日起计算。
portal-term-months = { $n } 个月，至 { $until }
portal-term-past-calendar = 该期限将在 9999 年之后结束：许可证无法续订到那么远。
portal-term-invalid = 请从列表中选择一个期限。
portal-renewed-key-optional = 续订后的密钥（可选）
portal-renew-button = 续订
portal-upgrade-title = 升级
portal-upgrade-intro = 此许可证当前为 { $tier }。升级会提高用户层级并记录一个订单。
portal-new-user-tier = 新用户层级
portal-upgraded-key-optional = 升级后的密钥（可选）
portal-upgrade-button = 升级
portal-order-legend = 订单（可选）
portal-po-number-label = 采购订单号
portal-amount-label = 金额
portal-amount-hint = 例如 1200 或 1200.50。
portal-amount-malformed = 请将金额写成数字，例如 1200 或 1200.50。
portal-currency-label = 币种
portal-amount-with-currency = { $amount } { $currency }
portal-currency-hint = 三个字母，例如 USD 或 EUR。
portal-currency-malformed = 币种由三个字母组成，例如 USD 或 EUR。
portal-currency-missing = 请填写金额的币种，例如 USD 或 EUR。
portal-order-renewal-description = 续订 { $months } 个月：支持至 { $until }
portal-order-upgrade-description = 从 { $from } 升级到 { $to }
portal-not-for-evaluations = 评估许可证只能延长，不能续订或升级。
portal-not-for-developer = 开发者许可证跟随其生产许可证：请续订或升级该生产许可证。
portal-only-evaluations = 只有评估许可证可以延长。
portal-extend-title = 延长评估
portal-extend-hint = 格式如 2026-11-21；最晚为 { $latest }。
portal-extend-limit = 评估总共最多 { $max } 天：最晚至 { $latest }。
portal-extend-used-up = 此评估已用完全部 90 天：无法再延长。
portal-new-expiry-date = 新到期日
portal-extend-not-later = 请选择当前到期日 { $current } 之后的日期。
portal-extend-beyond = 评估最多 { $max } 天：请选择 { $latest } 或更早的日期。
portal-extend-button = 延长
portal-attach-key-title = 添加密钥
portal-attach-key-intro = 收到许可证密钥后请粘贴到此处。名称、层级、SEN 和日期将取自密钥；已记录的 Server ID 保持不变。
portal-attach-key-button = 添加密钥
portal-has-key-already = 此许可证已有密钥：请通过续订或升级来替换密钥。
portal-developer-title = 开发者许可证
portal-developer-intro = 开发者许可证用于非生产安装（预发布、测试）。它们有自己的密钥；其支持到期日与此许可证一致。
portal-developer-none = 此许可证尚未关联开发者许可证。
portal-developer-add-title = 添加开发者许可证
portal-developer-key = 开发者许可证密钥
portal-developer-add-button = 添加开发者许可证
portal-no-developer-here = 开发者许可证属于生产许可证，不能属于评估许可证或其他开发者许可证。
portal-archive-title = 归档此许可证？
portal-archive-intro = 您即将归档 { $name }（{ $sen }）。
portal-archive-moves = 它将离开“许可证”列表，移至“已归档的许可证”。
portal-archive-contacts = 它的 { $n } 位联系人只能在“已归档的许可证”下找到它。
portal-archive-keeps = 不会删除任何内容：密钥、联系人、订单和历史记录都会保留。
portal-archive-restore = 随时可以通过“恢复”将其移回。
portal-archive-button = 归档许可证
portal-cancel = 取消
portal-orders-title = 订单
portal-orders-intro = 您作为主要联系人的许可证的订单，从您成为主要联系人之日起。
portal-orders-intro-admin = 所有订单。其他人只能看到自己作为主要联系人的许可证的订单，从其成为主要联系人之日起。
portal-orders-empty = 还没有订单。
portal-col-order = 订单
portal-col-date = 日期
portal-col-kind = 类型
portal-col-licence = 许可证
portal-col-description = 说明
portal-col-placed-by = 下单人
portal-order-new = 新购
portal-order-renewal = 续订
portal-order-upgrade = 升级
portal-flash-added = 许可证已添加。
portal-flash-evaluation-started = 评估已开始：30 天。
portal-flash-organisation-updated = 组织已更新。
portal-flash-notes-updated = 备注已保存。
portal-flash-server-id-updated = Server ID 已更新。
portal-flash-key-unlocked = Server ID 已保存。以下是许可证密钥。
portal-flash-auto-renew-on = 自动续订已开启。
portal-flash-auto-renew-off = 自动续订已关闭。
portal-flash-renewed = 许可证已续订，订单已记录。
portal-flash-upgraded = 许可证已升级，订单已记录。
portal-flash-evaluation-extended = 评估已延长。
portal-flash-key-added = 密钥已添加。
portal-flash-developer-added = 开发者许可证已添加。
portal-flash-archived = 许可证已归档。
portal-flash-restored = 许可证已恢复。
portal-flash-key-restored = 之前的密钥已重新成为该许可证的密钥。
portal-flash-deleted = 许可证已删除。审计日志保留了其记录。
portal-flash-key-replaced = 密钥已替换。之前的密钥保存在密钥历史记录中。
portal-replace-key-link = 替换密钥
portal-replace-key-title = 替换密钥
portal-replace-key-intro = 粘贴用于替换 { $name }（{ $sen }）密钥的新密钥。许可证将显示新密钥中的内容；当前密钥保留在密钥历史记录中，已记录的支持到期日绝不会提前。
portal-replace-key-review = 使用此密钥后的变化：
portal-key-fact-change = { $fact }：{ $was } → { $is }
portal-replace-key-button = 检查密钥
portal-replace-key-confirm-button = 替换密钥
portal-replace-key-allow-genuine = 用这个无法验证的密钥替换正版密钥
portal-restore-key-link = 恢复此密钥
portal-restore-key-title = 恢复之前的密钥？
portal-restore-key-intro = { $name }（{ $sen }）于 { $when } 被 { $who } 替换的密钥将重新成为该许可证的密钥。
portal-restore-key-keeps = 当前密钥保留在密钥历史记录中。许可证将显示所恢复密钥中的内容（名称、层级、SEN、日期）；已记录的支持到期日绝不会提前。
portal-restore-key-button = 恢复此密钥
portal-restore-key-refused-genuine = 此密钥无法验证，而当前密钥是正版：只有管理员可以将其恢复。
portal-restore-key-refused-unreadable = 此密钥已无法解码，因此无法恢复。
portal-restore-key-refused-taken = 此密钥现在属于另一个许可证，因此无法在此恢复。
portal-restore-key-refused-current = 此密钥已经是该许可证的密钥。
portal-restore-key-not-allowed = 只有管理员或此许可证的主要联系人可以恢复之前的密钥。
portal-delete-link = 删除许可证
portal-delete-title = 删除此许可证？
portal-delete-intro = { $name }（{ $sen }）将被永久删除。如需将其移出列表而不丢失任何内容，请改为归档。
portal-delete-goes = 一并删除：其密钥、{ $contacts } 位联系人、{ $orders } 个订单、{ $keys } 个已替换的密钥和 { $server_ids } 条 Server ID 变更记录。
portal-delete-stays = 保留：与其关联的 { $developers } 个开发者许可证（不再关联）和运行其密钥的 { $instances } 个已记录安装（不再与其关联）。
portal-delete-audit = 审计日志会保留该许可证删除前的记录。
portal-delete-button = 删除许可证
portal-delete-not-allowed = 只有管理员可以删除许可证。

## 人员：账户、联系人、账户归集、发件箱和邮件

people-role-technical = 技术
people-role-billing = 账单
people-role-primary = { $role ->
        [technical] 技术
       *[billing] 账单
    }（主要）
people-state-active = 活跃
people-state-invited = 已邀请
people-state-disabled = 已停用
people-never = 从未
people-list-separator = {"、"}
people-cancel = 取消
people-back-to-licence = 返回许可证
people-contacts-heading = 联系人
people-contacts-technical = 技术联系人
people-contacts-billing = 账单联系人
people-contacts-none = 此角色还没有联系人。
people-contacts-primary = 主要
people-contacts-invited = 已邀请，尚未登录
people-contacts-disabled = 已停用
people-contacts-you = （您）
people-contacts-rules = 任何联系人都可以添加和移除联系人。每个角色的主要联系人会收到发票，并可将其他联系人设为主要联系人；任何联系人都可以将自己设为主要联系人。
people-contacts-primary-stays = 在其他联系人成为主要联系人之前，无法移除主要联系人。
people-contacts-make-primary = 设为主要联系人
people-contacts-remove = 移除{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    } { $email }
people-contacts-add-technical = 添加技术联系人（电子邮件地址）
people-contacts-add-billing = 添加账单联系人（电子邮件地址）
people-contacts-add-hint = 对于在此没有账户的地址，系统会通过电子邮件邀请其设置密码。
people-contacts-add-button = 添加
people-contacts-add-language = 邀请邮件的语言（如果该地址还没有账户）
people-contacts-page-title = { $licence } 的联系人
people-contacts-already = { $email } 已经是此许可证的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。
people-contacts-account-disabled = 账户 { $email } 已停用；管理员可以启用它。
people-contacts-role-missing = 请选择技术联系人或账单联系人。
people-account-number-invalid = 这不是本门户的账户。
people-remove-title = 移除此联系人？
people-remove-intro = 您即将把 { $email } 从 { $licence } 的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }中移除。
people-remove-loses-access = { $email } 将无法再看到此许可证。
people-remove-keeps-access = { $email } 仍是其他角色的联系人，仍可看到此许可证。
people-remove-yourself = 您将无法再看到此许可证。
people-remove-button = 移除
people-remove-primary-title = 无法移除主要联系人
people-remove-primary-body = { $email } 是 { $licence } 的{ $role ->
        [technical] 主要技术联系人
       *[billing] 主要账单联系人
    }。请先将另一位{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }设为主要联系人，然后才能移除 { $email }。
people-not-a-contact-title = 不是联系人
people-not-a-contact-body = 该账户不是此许可证的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。
people-promote-title = 设为{ $role ->
        [technical] 主要技术联系人
       *[billing] 主要账单联系人
    }？
people-promote-intro = 您即将把 { $email } 设为 { $licence } 的{ $role ->
        [technical] 主要技术联系人
       *[billing] 主要账单联系人
    }。
people-promote-means = 这意味着对方将能够：
people-promote-invoices = 从现在起通过电子邮件和“订单”页面访问此许可证的发票
people-promote-others = 今后将其他联系人设为主要联系人。
people-promote-past = 过去的发票不会转移：它们仍在 { $previous } 的“订单”下。
people-promote-previous = { $previous } 将成为次要联系人，之后可以被移除。
people-promote-notify = 系统将向 { $previous } 发送通知邮件。
people-promote-yes = 是，设为主要联系人
people-promote-refused-title = 无法将此联系人设为主要联系人
people-promote-refused-secondary = 只有{ $role ->
        [technical] 主要技术联系人
       *[billing] 主要账单联系人
    }（{ $primary }）或管理员可以将其他人设为主要联系人。{ $email } 可以登录后将自己设为主要联系人。
people-promote-refused-already = { $email } 已经是{ $role ->
        [technical] 主要技术联系人
       *[billing] 主要账单联系人
    }。
people-promote-refused-disabled = 账户 { $email } 已停用，因此不能成为主要联系人。
people-promote-refused-not-contact = 该账户不是此许可证的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。请先将其添加为联系人。
people-flash-contact-added = 联系人已添加，并已通过电子邮件通知。
people-flash-contact-invited = 联系人已添加，并已通过电子邮件邀请其设置密码。
people-flash-contact-removed = 联系人已移除。
people-flash-removed-yourself = 您已不再是该许可证的联系人。
people-flash-primary-changed = 主要联系人已更改。已通过电子邮件通知之前的主要联系人。
people-flash-profile-saved = 您的个人资料已保存。
people-flash-password-changed = 您的密码已更改。您的其他会话已退出登录。
people-flash-consolidation-requested = 请求已发送。在另一个账户接受之前，不会移动任何内容。
people-flash-consolidation-applied = 许可证已移动。已通过电子邮件通知所有相关人员。
people-flash-consolidation-declined = 请求已被拒绝。未移动任何内容。
people-flash-consolidation-cancelled = 请求已取消。未移动任何内容。
people-flash-account-disabled = 该账户已停用，并已在所有位置退出登录。
people-flash-account-enabled = 该账户已启用。
people-flash-invitation-sent = 新邀请已放入发件箱。之前的邀请链接已失效。
people-flash-mail-requeued = 该邮件将重新发送。
people-forgot-link = 忘记密码？
people-forgot-title = 忘记密码？
people-forgot-intro = 请输入您账户的电子邮件地址。我们会向其发送一个设置新密码的链接；该链接只能使用一次，有效期一小时。
people-forgot-button = 发送链接
people-forgot-sent-title = 请查收邮件
people-forgot-sent-body = 如果 { $email } 属于此处的某个账户，设置新密码的链接已在发送途中。该链接只能使用一次，有效期一小时。
people-forgot-no-mail = 几分钟后仍未收到邮件？请查看垃圾邮件文件夹，或联系本门户的管理员：管理员可以在发件箱中找到该邮件，或向您发送新的链接。
people-profile-title = 您的账户
people-profile-email-fixed = 电子邮件地址无法更改。如需使用其他地址，请将其添加为您的许可证的联系人并设为主要联系人，然后移除当前地址，或一次性将您的所有许可证移至该地址：
people-profile-move = 将许可证移至另一个账户
people-profile-language = 语言
people-profile-save = 保存
people-profile-change-password = 更改密码
people-profile-name-too-long = 姓名太长：最多 200 个字符。
people-profile-language-unknown = 请从列表中选择一种语言。
people-password-title = 更改密码
people-password-current = 当前密码
people-password-current-wrong = 这不是您的当前密码。
people-password-button = 更改密码
people-password-others-signed-out = 您的其他会话已退出登录；当前会话保持登录。
people-consolidate-title = 将许可证移至另一个账户
people-consolidate-intro = 以多个电子邮件地址购买的许可证可以归集到一个账户中。请以转出许可证的账户登录并从此处开始；接收账户随后以自己的身份登录并接受。在此之前不会移动任何内容。
people-consolidate-admin-intro = 作为管理员，您可以在任意两个账户之间移动许可证；移动会立即生效。
people-consolidate-from = 转出账户（电子邮件地址）
people-consolidate-from-hint = 转出许可证的账户。
people-consolidate-show = 显示其许可证
people-consolidate-to = 接收账户（电子邮件地址）
people-consolidate-to-hint = 接收许可证的账户。该账户必须已存在。
people-consolidate-licences = 要移动的许可证
people-consolidate-licences-hint = 已勾选该账户作为主要联系人的许可证。
people-consolidate-no-licences = 此账户不是任何许可证的联系人。
people-consolidate-after = 移动之后
people-consolidate-remove-source = 从这些许可证中移除 { $email }
people-consolidate-keep-source = 保留 { $email } 作为次要联系人
people-consolidate-preview = 预览
people-consolidate-no-account = 没有使用此地址的账户。
people-consolidate-same-account = 请选择与转出许可证的账户不同的账户。
people-consolidate-target-disabled = 该账户已停用。
people-consolidate-choose = 请至少选择一个许可证。
people-consolidate-not-yours = 所选许可证中有一个不属于此账户。
people-preview-title = 将许可证从 { $source } 移至 { $target }
people-change-add-target = { $target } 成为{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。
people-change-move-primary = { $target } 取代 { $source } 成为{ $role ->
        [technical] 主要技术联系人
       *[billing] 主要账单联系人
    }。
people-change-remove-source = { $source } 不再是{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。
people-change-keep-source = { $source } 仍为次要{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。
people-skipped-not-contact = { $source } 已不再是此许可证的联系人：此许可证不会移动。
people-orders-stay = 不会移动的过往订单（它们仍归下单时的主要联系人所有）：{ $orders }
people-orders-none = 没有过往订单。
people-nothing-to-move = 这些许可证不会有任何变化。
people-request-send = 向 { $target } 发送请求
people-request-explain = { $target } 必须在 7 天内以 { $target } 的身份登录并接受。在此之前不会有任何变化。
people-apply-button = 立即移动许可证
people-apply-explain = 以上所有内容将一次性生效并记入审计日志，所有相关人员都会收到电子邮件通知。
people-requests-heading = 等待决定的请求
people-request-incoming = { $source } 请求将 { $count } 个许可证移入您的账户。
people-request-outgoing = 您已请求将 { $count } 个许可证移至 { $target }。
people-request-review = 查看
people-request-title = 将许可证从 { $source } 移至 { $target }？
people-request-accept = 接受并移动
people-request-decline = 拒绝
people-request-cancel = 取消请求
people-request-waiting = 正在等待 { $target } 接受，截止到 { $date }。
people-request-applied = 此请求已被接受：许可证已移动。
people-request-declined = 此请求已被拒绝。未移动任何内容。
people-request-cancelled = 此请求已取消。未移动任何内容。
people-request-expired = 此请求已过期。未移动任何内容。
people-admin-title = 管理
people-admin-accounts = 账户
people-admin-audit = 审计日志
people-admin-outbox = 发件箱
people-orphans-heading = 主要联系人已停用的许可证
people-orphans-hint = 主要联系人已离职？请打开该许可证的联系人，将另一位联系人设为主要联系人（如有需要请先添加），然后移除原来的联系人。
people-orphans-fix = 修正联系人
people-col-licence = 许可证
people-col-role = 角色
people-col-primary = 主要联系人
people-col-email = 电子邮件地址
people-col-name = 姓名
people-col-state = 状态
people-col-last-sign-in = 上次登录
people-col-licences = 许可证
people-col-actions = 操作
people-admin-badge = 管理员
people-primary-on = （在 { $count } 个角色中为主要联系人）
people-account-disable = 停用
people-account-enable = 启用
people-account-resend = 重新发送邀请
people-disable-title = 停用 { $email }？
people-disable-body = { $email } 将在所有位置退出登录，且无法再登录。该账户仍是其许可证的联系人；其他一切不变。
people-disable-primaries = { $email } 是 { $count } 个许可证角色的主要联系人。停用后，这些许可证会列在管理页面上，以便将其他联系人设为主要联系人。
people-disable-button = 停用账户
people-disable-yourself = 您不能停用自己的账户。
people-resend-not-invited = 只有已邀请的账户才能重新发送邀请；此账户{ $state ->
        [active] 处于活跃状态
        [invited] 已邀请
       *[disabled] 已停用
    }。
people-audit-title = 审计日志
people-audit-licence = 许可证（SEN 或编号）
people-audit-account = 账户（电子邮件地址）
people-audit-action = 操作
people-audit-any-action = 任何操作
people-audit-from = 起始日期
people-audit-to = 截止日期（含）
people-audit-filter = 筛选
people-audit-date-invalid = 日期格式为 2026-11-21。
people-audit-licence-unknown = 没有使用该 SEN 或编号的许可证。
people-audit-account-unknown = 没有使用该地址的账户。
people-audit-empty = 没有匹配的条目。
people-col-when = 时间
people-col-who = 操作人
people-col-action = 操作
people-col-detail = 详情
people-col-change = 之前和之后
people-audit-before = 之前
people-audit-after = 之后
people-page-status = 第 { $page } 页，共 { $pages } 页（{ $total } 个条目）
people-page-previous = 上一页
people-page-next = 下一页
people-outbox-title = 发件箱
people-outbox-smtp = 邮件通过 { $server } 投递。投递失败会重试，并保留最后一次错误。
people-outbox-no-smtp = 未配置 SMTP 服务器：邮件在此等待。可将其下载为 .eml 文件，或在服务器上运行：licensedesk outbox export DIR
people-outbox-bad-state = 请选择发件箱状态：已排队、已发送或失败。
people-outbox-state = 状态
people-outbox-all = 全部
people-outbox-empty = 没有邮件。
people-mail-state-queued = 已排队
people-mail-state-sent = 已发送
people-mail-state-failed = 失败
people-col-created = 创建时间
people-col-to = 收件人
people-col-subject = 主题
people-col-kind = 类型
people-col-attempts = 尝试次数
people-col-last-error = 最后一次错误
people-mail-download = 下载 .eml
people-mail-send-again = 重新发送
people-mail-title = 邮件 { $id }
people-mail-not-failed = 只有发送失败的邮件才能重新发送。
people-mail-greeting = 您好：
people-mail-person = { $name }（{ $email }）
people-mail-signature = -- licensedesk
people-mail-invitation-subject = 您受邀使用 licensedesk
people-mail-invitation-by-contact = { $actor }已将您添加为许可证 { $licence }（{ $name }）的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。
people-mail-invitation-by-admin = 管理员邀请您使用公司的许可证门户。
people-mail-invitation-body = 请设置密码以激活您的账户 { $email }。该链接只能使用一次，有效期 7 天：
people-mail-ignore = 如果您没有预期会收到此邮件，可以忽略它。
people-mail-reset-subject = 设置新的 licensedesk 密码
people-mail-reset-body = 有人（希望是您本人）为 { $email } 申请了新密码。请在此设置；该链接只能使用一次，有效期一小时：
people-mail-reset-ignore = 如果不是您本人，请忽略此邮件：您的密码保持不变。
people-mail-contact-added-subject = 您现在是 { $licence } 的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }
people-mail-contact-added-body = { $actor }已将您添加为许可证 { $licence }（{ $name }）的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。您可以在此查看：
people-mail-contact-added-invited-body = { $actor }已将您添加为许可证 { $licence }（{ $name }）的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。使用之前发给您的邀请链接设置密码后，您即可看到它；该链接有效期至 { $expires }。此邮件不附带新链接。
people-mail-contact-removed-subject = 您已不再是 { $licence } 的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }
people-mail-contact-removed-body = { $actor }已将您从许可证 { $licence }（{ $name }）的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }中移除。
people-mail-primary-previous-subject = { $email } 现在是 { $licence } 的{ $role ->
        [technical] 主要技术联系人
       *[billing] 主要账单联系人
    }
people-mail-primary-previous-body = { $actor }已将 { $email } 设为许可证 { $licence }（{ $name }）的{ $role ->
        [technical] 主要技术联系人
       *[billing] 主要账单联系人
    }。您现在是次要联系人。从现在起，{ $email } 将收到此许可证的发票，并可将其他联系人设为主要联系人；过去的发票仍在您的“订单”下。
people-mail-primary-new-subject = 您现在是 { $licence } 的{ $role ->
        [technical] 主要技术联系人
       *[billing] 主要账单联系人
    }
people-mail-primary-new-body = { $actor }已将您设为许可证 { $licence }（{ $name }）的{ $role ->
        [technical] 主要技术联系人
       *[billing] 主要账单联系人
    }。从现在起，您将收到其发票，并可将其他联系人设为主要联系人。
people-mail-support-subject = { $licence } 的支持将在 { $days } 天后到期
people-mail-support-body = { $name } 的支持（维护）将于 { $date } 到期，即 { $days } 天后。请在此之前续订，以继续获得更新和支持。
people-mail-evaluation-subject = 评估许可证 { $licence } 将在 { $days } 天后到期
people-mail-evaluation-body = 评估许可证 { $name } 将于 { $date } 到期，即 { $days } 天后。
people-mail-reminder-why = 您作为此许可证的联系人收到此邮件。提醒会在到期前 { $schedule } 天发送。
people-mail-request-subject = { $source } 请求将许可证移入您的账户
people-mail-request-body = { $source } 请求将以下许可证移入您的账户 { $target }：
people-mail-request-action = 在您接受之前不会移动任何内容。请在 7 天内在此查看该请求并接受或拒绝：
people-mail-moved-subject = 许可证已从 { $source } 移至 { $target }
people-mail-moved-body = { $actor }已将以下许可证从 { $source } 移至 { $target }：
people-mail-moved-orders = 过往订单仍归下单时的主要联系人所有。
people-mail-licence-link = 该许可证：
people-cli-invited-created = 已创建受邀账户 { $email }。
    请将此链接发给账户所有者以设置密码（只能使用一次，有效期 7 天）：
people-cli-created = 已创建账户 { $email }；现在即可登录。
people-cli-address-taken = 使用地址 { $email } 的账户已存在
people-cli-no-account = 没有使用地址 { $email } 的账户
people-cli-disabled = 账户 { $email } 已停用；请先启用它
people-cli-reset-link = { $email } 的密码重置链接（只能使用一次，有效期一小时）：

## 诊断：读取安装、结论和建议

diagnose-verdict-match = 一致：安装、其许可证和记录相符。
diagnose-verdict-match-unchecked = 在可读取的内容中未发现问题，但安装的 Server ID 未知，因此未进行比较。
diagnose-verdict-server-id-mismatch = Server ID 不同：迁移、升级或重新安装后属于正常情况；许可证仍可继续使用。
diagnose-verdict-key-differs-from-record = 已安装的密钥不是记录中的密钥。
diagnose-verdict-key-not-in-inventory = 已安装的密钥不在库存中。
diagnose-verdict-sen-differs = SEN 与记录中的不同。
diagnose-verdict-licence-damaged = 已安装的许可证密钥已损坏。
diagnose-verdict-not-genuine = 已安装的许可证密钥不是正版。
diagnose-verdict-no-licence = 在安装中未找到许可证密钥。
diagnose-verdict-cannot-tell = 无法从此文件判断：该产品将许可证保存在数据库中，而数据库未被读取。
diagnose-verdict-support-expired = 支持已到期。
diagnose-verdict-licence-expired = 许可证已到期。
diagnose-verdict-evaluation = 已安装的是评估许可证。
diagnose-verdict-developer-in-production = 生产安装正在使用开发者许可证。
diagnose-verdict-production-in-non-production = 非生产安装正在使用生产许可证。
diagnose-verdict-duplicate-server-id = 另一个已记录的安装具有相同的 Server ID。
diagnose-advice-match = 无需任何操作。
diagnose-advice-server-id-mismatch = 继续使用该密钥：不需要新密钥。将记录中的 Server ID 更新为该安装的 Server ID（diagnose --apply，或“诊断”页面上的按钮）；旧值会保留在该许可证的 Server ID 历史记录中。
diagnose-advice-key-differs-from-record = 如果许可证已续订或升级，请将记录中的密钥应用到该安装。如果这是测试或开发安装，它应使用属于生产许可证的开发者许可证。
diagnose-advice-key-not-in-inventory = 导入该密钥（licensedesk import，或“导入”页面），让门户知道此许可证。
diagnose-advice-sen-differs = 请确认此安装应使用哪个许可证：已安装的密钥属于与记录不同的 SEN。
diagnose-advice-licence-damaged = 从密钥的来源（My Atlassian，或门户中的“下载许可证”）重新复制密钥并应用：传递过程中有字符丢失或被更改。
diagnose-advice-not-genuine = 不要相信此密钥中的内容：它已被篡改或并非由 Atlassian 生成。请应用来自 My Atlassian 或门户的正版密钥。
diagnose-advice-no-licence = 请在产品的管理界面中应用许可证。如果产品将许可证保存在无法读取的数据库中，请运行所示的 SQL 并手动提供密钥（--installed-key FILE，或粘贴到“诊断”页面）。
diagnose-advice-cannot-tell = 在产品的数据库上运行所示的 SQL 并提供结果：在命令行中使用 --server-id ID 和 --installed-key FILE，在“诊断”页面上则填写查询下方的字段。
diagnose-advice-support-expired = 续订支持以继续获得更新和帮助；产品会在当前版本上继续运行。
diagnose-advice-licence-expired = 应用有效的密钥：续订许可证，或购买许可证以替换评估许可证。
diagnose-advice-evaluation = 请在评估结束前购买许可证并应用其密钥。
diagnose-advice-developer-in-production = 生产安装请使用生产许可证；开发者许可证用于测试和开发。
diagnose-advice-production-in-non-production = 测试和开发安装请使用开发者许可证：它属于生产许可证，并有自己的密钥。
diagnose-advice-duplicate-server-id = 当一个安装是从另一个安装复制而来时，两者会共用一个 Server ID。如果两者都继续使用，请将副本设置为独立的安装；如果它不是生产安装，请为其使用开发者许可证。
diagnose-no-sen = （无 SEN）
diagnose-server-id-explanation = 每个新安装都会获得新的 Server ID，因此迁移、升级或重新安装后出现这种情况是正常的。许可证并不绑定 Server ID：它仍可继续使用，不需要新密钥。可以更新记录中的 Server ID。
diagnose-finding-server-id-vs-key = 该安装的 Server ID 是 { $installation }，但其密钥是为 { $expected } 签发的。{ diagnose-server-id-explanation }
diagnose-finding-server-id-vs-record = 该安装的 Server ID 是 { $installation }，但许可证 #{ $id }（{ $name }）记录的是 { $expected }。{ diagnose-server-id-explanation }
diagnose-finding-server-id-vs-given = 该安装的 Server ID 是 { $installation }，但您提供的密钥是为 { $expected } 签发的。{ diagnose-server-id-explanation }
diagnose-finding-licence-damaged = 从 { $source } 读取的许可证密钥无法解码：{ $error }。
diagnose-finding-not-genuine = 密钥 { $sen }（来自 { $source }）的签名验证未通过：它不是正版 Atlassian 密钥，因此其中的任何内容都不可信。
diagnose-finding-no-licence = 在产品保存许可证密钥的位置未找到许可证密钥。
diagnose-finding-cannot-tell = 此文件指明了保存 Server ID 和许可证的数据库；没有该数据库，就无法判断是否已安装许可证。
diagnose-finding-licence-expired = 许可证 { $sen } 已于 { $date } 到期。
diagnose-finding-evaluation-expired = 评估许可证 { $sen } 已于 { $date } 到期。
diagnose-other-installation = { $host } 上的 { $label }（{ $product }）
diagnose-list-separator = {"、"}
diagnose-finding-duplicate-server-id = Server ID { $server_id } 也记录在：{ $others }。两个安装共用一个 Server ID 通常意味着实例是克隆的。
diagnose-finding-sen-differs-record = 已安装密钥的 SEN 为 { $sen }，但持有此密钥的许可证 #{ $id }（{ $name }）记录的 SEN 为 { $record_sen }。
diagnose-finding-sen-differs-given = 已安装密钥的 SEN 为 { $sen }，但您提供的密钥为 { $record_sen }：它们是不同的许可证。
diagnose-finding-key-differs-record = { $sen } 的已安装密钥不是许可证 #{ $id }（{ $name }）记录中的密钥：可能是未应用的续订或升级密钥，或者是开发者密钥。
diagnose-finding-key-differs-given = { $sen } 的已安装密钥不是您提供的密钥：可能是未应用的续订或升级密钥，或者是开发者密钥。
diagnose-finding-key-not-in-inventory = 密钥 { $sen }（来自 { $source }）不在库存中，且没有记录中的许可证具有其 SEN。
diagnose-finding-developer-in-production = 密钥 { $sen } 是{ $licence_type }许可证，但所在安装被标明为生产安装。
diagnose-finding-production-in-non-production = 密钥 { $sen } 是{ $licence_type }许可证，但所在安装被标明为非生产安装。
diagnose-finding-evaluation = 密钥 { $sen } 是评估许可证；它将于 { $date } 到期。
diagnose-finding-evaluation-no-date = 密钥 { $sen } 是评估许可证。
diagnose-finding-support-expired = { $sen } 的支持已于 { $date } 结束。
diagnose-note-keys-only = 未查阅门户记录：每个密钥仅与该安装进行了比较（提供 --data-dir 可与门户记录进行比较）。
diagnose-note-no-server-id = 无法读取该安装的 Server ID，因此未比较 Server ID；请手动提供（--server-id，或 Server ID 字段）。
diagnose-note-relative-expiry = 密钥 { $sen } 在应用到产品后 { $raw } 到期（有时间限制的测试许可证）。读取的内容中没有记录其应用时间，因此无法离线判断其到期情况，不予计入。
diagnose-note-unrecognised-date = 密钥 { $sen } 中有一个无法识别的日期：{ $raw }。
diagnose-note-key-carries-other-server-id = 密钥 { $sen } 仍带有其签发时的 Server ID { $server_id }；记录中已是该安装的 Server ID。这是正常的，无需处理。
diagnose-note-unverified-accepted = 密钥 { $sen } 的签名验证未通过；按照要求（--allow-unverified），这不计为问题。
diagnose-note-record-without-key = 许可证 #{ $id }（{ $name }）记录了此 SEN，但没有密钥；请导入密钥以完善记录。
diagnose-title = 诊断
diagnose-intro = 许可证有问题？请粘贴产品显示的许可证密钥和 Server ID，或上传其配置文件（confluence.cfg.xml、bamboo.cfg.xml、crowd.cfg.xml、bitbucket.properties、dbconfig.xml）或支持 zip 包。它们将与您记录中的许可证进行比较。上传的文件只会被读取，不会被保存。
diagnose-key-label = 许可证密钥
diagnose-key-hint = 产品显示的密钥，或包含密钥的任何文本，例如“系统信息”页面的副本。
diagnose-server-id-label = Server ID
diagnose-server-id-hint = 四组，每组四个字母或数字，例如 BG9T-XUV4-KZZH-B01W；显示在产品管理界面的“系统信息”下。
diagnose-file-label = 配置文件或支持 zip 包
diagnose-file-hint = 可选。最大 32 MiB。
diagnose-diagnose-button = 诊断
diagnose-nothing-given = 请粘贴许可证密钥或包含密钥的文本，或上传配置文件或支持 zip 包。
diagnose-file-unreadable = 无法读取该文件：{ $reason }
diagnose-source-pasted = 粘贴的文本
diagnose-source-given-by-hand = 手动提供
diagnose-source-upload = 上传的文件
diagnose-upload-not-stored = 无法保存：{ $reason }
diagnose-pasted-too-large = 粘贴的文本长 { $size } 字节；最多可粘贴 { $limit } 字节。请改为以文件形式上传。
diagnose-database-heading = 查询数据库
diagnose-database-intro = 在产品的数据库上（以只读方式）运行以下查询，然后将结果粘贴到下方。
diagnose-database-server-id-query = Server ID：
diagnose-database-licence-query = 已安装的许可证密钥，每行一个：
diagnose-copy-query = 复制
diagnose-copied = 已复制
diagnose-answer-server-id-label = Server ID（第一个查询的结果）
diagnose-answer-key-label = 已安装的许可证密钥（第二个查询的结果）
diagnose-answer-key-hint = 粘贴完整的密钥；换行符无关紧要。
diagnose-answer-button = 用这些结果诊断
diagnose-result-title = 诊断结果
diagnose-verdict-heading = 结论
diagnose-findings-heading = 发现
diagnose-what-to-do-heading = 处理建议
diagnose-notes-heading = 须知
diagnose-reader-notes-heading = 读取过程中
diagnose-installation-heading = 安装
diagnose-product-label = 产品
diagnose-server-id-read-label = Server ID
diagnose-server-id-unknown = 未知
diagnose-keys-heading = 已安装的许可证密钥
diagnose-sen-label = SEN
diagnose-products-label = 产品
diagnose-type-label = 类型
diagnose-users-label = 用户数
diagnose-support-label = 支持到期
diagnose-licence-expiry-label = 许可证到期
diagnose-key-server-id-label = 密钥中的 Server ID
diagnose-signature-label = 签名
diagnose-genuine = 正版
diagnose-not-genuine = 验证未通过
diagnose-source-label = 读取自
diagnose-on-record-label = 记录中
diagnose-not-on-record = 无记录
diagnose-update-button = 更新许可证 #{ $id } 的 Server ID
diagnose-installed-at-heading = 安装位置
diagnose-installed-at-empty = 尚未记录此许可证的任何安装。
diagnose-installed-at-licence = 安装位置：#{ $id } { $name }
diagnose-record-details = （{ $sen }，Server ID { $server_id }）
diagnose-update-summary = { $name }（{ $sen }）：{ $old } → { $new }
diagnose-column-label = 安装
diagnose-column-host = 主机
diagnose-column-product = 产品
diagnose-column-server-id = Server ID
diagnose-column-verdict = 结论
diagnose-column-recorded = 记录时间
diagnose-another = 诊断其他安装
diagnose-confirm-title = 更新 Server ID？
diagnose-confirm-body = 许可证 #{ $id } { $name }（{ $sen }）的 Server ID 将从 { $old } 更改为 { $new }。
diagnose-confirm-none = 无
diagnose-confirm-history = 旧值会保留在该许可证的 Server ID 历史记录中，标记为“诊断”，此更改也会写入审计日志。密钥本身不会更改。
diagnose-confirm-button = 更新 Server ID
diagnose-cancel = 取消
diagnose-server-id-updated = Server ID 已更新。旧值保留在该许可证的 Server ID 历史记录中。
diagnose-server-id-unchanged = 该许可证已是此 Server ID；未作任何更改。
diagnose-cli-heading = { $heading }：
diagnose-cli-verdict = 结论：{ $code }
diagnose-cli-on-record = #{ $id } { $name }（{ $sen }），Server ID { $server_id }
diagnose-cli-apply-hint = 加上 --apply 再次运行同一命令，即可设置记录中的 Server ID：
diagnose-cli-update = 许可证 #{ $id }（{ $name }）：{ $old } -> { $new }
diagnose-cli-changed-heading = 已更改
diagnose-cli-nothing-changed = 无：记录中的 Server ID 均无需更改
diagnose-cli-applied = 许可证 #{ $id }（{ $name }，{ $sen }）：Server ID { $old } -> { $new }（旧值保留在其 Server ID 历史记录中）
diagnose-cli-recorded = 已记录：实例 #{ $id }“{ $label }”，位于 { $host }
diagnose-cli-given-by-hand = 手动提供（{ $file }）
diagnose-cli-product = 产品：
diagnose-cli-read-from = 读取自：
diagnose-cli-server-id = Server ID：
diagnose-cli-database = 数据库：
diagnose-cli-from-source = { $value }（来自 { $source }）
diagnose-cli-not-found = 未找到
diagnose-cli-no-licences = 许可证：未找到
diagnose-cli-licence-heading = 第 { $n } 个许可证，共 { $count } 个（来自 { $source }）
diagnose-cli-cannot-be-decoded = 无法解码：{ $error }
diagnose-cli-none = 无
diagnose-cli-yes = 是
diagnose-cli-name = 名称
diagnose-cli-evaluation = 评估
diagnose-cli-organisation = 组织
diagnose-cli-purchased = 购买日期
diagnose-cli-notes = 须知
diagnose-cli-key-file-holds-several = { $file } 包含 { $count } 个许可证密钥；请提供只含一个待比较密钥的文件
diagnose-cli-given-key-damaged = { $file } 中的密钥（通过 --key 提供）无法解码：{ $error }
diagnose-cli-stdin-unreadable = 无法读取标准输入
diagnose-cli-standard-input = 标准输入
diagnose-cli-key-file-unreadable = 无法读取密钥文件 { $file }
diagnose-cli-key-file-too-large = { $file }：文件太大，不可能是许可证密钥文件（超过 { $max } 字节）
diagnose-cli-key-file-not-text = { $file }：不是文本文件，因此不是许可证密钥
diagnose-cli-key-file-empty = { $file }：文件为空，不是许可证密钥

## 许可证密钥：文本为何不是密钥、签名、密钥中的日期

key-error-empty = 许可证密钥为空
key-error-too-large = 输入太大，不可能是许可证密钥（{ $size } 字节；密钥为 1–2 KB，最多接受 { $max } 字节）
key-error-legacy-version-1 = 旧版 version-1 许可证密钥：无法离线解码
key-error-missing-trailer = 不是许可证密钥：其末尾没有 version-2 密钥应有的结尾标记（'X' + 版本 + 长度）
key-error-unsupported-version = 不支持的许可证密钥版本“{ $version }”：只能解码 version-2 密钥（标记为 01 或 02）
key-error-wrong-length = 许可证密钥已损坏：其长度标记为 { $declared } 个字符，但实际有 { $actual } 个（复制时丢失或多出了字符）
key-error-not-base64 = 许可证密钥已损坏：不是有效的 base64（{ $detail }）
key-error-truncated = 许可证密钥已损坏：已被截断（其数据需要 { $needed } 字节，但只有 { $available } 字节）
key-error-bad-magic = 不是 Atlassian 许可证密钥：许可证文本不是以预期的魔数字节开头
key-error-bad-zlib = 许可证密钥已损坏：无法解压缩许可证文本（{ $detail }）
key-error-inflated-too-large = 拒绝解码：许可证文本解压后超过 { $max } 字节（正版密钥不到 2 KB）
key-error-properties-not-utf8 = 许可证密钥已损坏：许可证文本不是 UTF-8（偏移量 { $offset } 处的字节无效）
key-error-bad-properties = 许可证密钥已损坏：第 { $line } 行的许可证属性格式错误：{ $reason }
key-error-bad-signature-encoding = 许可证密钥已损坏：签名不是 DER 编码的 DSA 签名
key-signature-valid = 签名验证通过：正版 Atlassian 密钥
key-signature-invalid = 签名验证未通过：不是正版 Atlassian 密钥
key-date-relative = { $raw }（应用许可证后 { $period }）
key-date-relative-unknown = { $raw }（从应用许可证时起算）
key-period-milliseconds = { $n } 毫秒
key-period-seconds = { $n } 秒
key-period-minutes = { $n } 分钟
key-period-hours = { $n } 小时
key-period-days = { $n } 天
key-users = { $n } 个用户
key-users-unlimited = 无限用户
key-none-found = 未找到许可证密钥
key-stdin-unreadable = 无法从标准输入读取密钥
key-heading = 第 { $n } 个密钥，共 { $count } 个（第 { $line } 行）：
key-yes = 是
key-no = 否
key-label-signature = 签名：
key-label-sen = SEN：
key-label-server-id = Server ID：
key-label-organisation = 组织：
key-label-contact = 联系人：
key-label-description = 说明：
key-label-licence-type = 许可证类型：
key-label-evaluation = 评估：
key-label-data-center = Data Center：
key-label-purchased = 购买日期：
key-label-created = 创建日期：
key-label-support-expires = 支持到期：
key-label-licence-expires = 许可证到期：
key-label-products = 产品：

## 读取安装：为何无法读取主目录、配置文件或支持 zip 包

install-error-not-found = { $path }：没有此文件或目录
install-error-io = 无法读取 { $path }：{ $reason }
install-error-not-a-product-home = { $path } 不是产品主目录：查找的是 { $looked_for }
install-error-unrecognised = { $path }：不是产品主目录、配置文件或支持 zip 包，也不是包含 Server ID 或许可证密钥的文本
install-error-bad-config = { $path }：{ $reason }
install-error-bad-zip = { $path }：不是可读取的 zip 文件：{ $reason }
install-error-zip-too-large = { $path }：拒绝解压：{ $reason }
install-error-file-too-large = { $path }：文件太大，不可能是配置文件或粘贴的文本（{ $size } 字节；最多 { $limit } 字节）
install-error-bad-server-id = 手动提供的 Server ID“{ $given }”不符合 XXXX-XXXX-XXXX-XXXX 格式

## Reading an installation: notes on what could not be read and what to do by hand.

install-db-place = PostgreSQL（{ $host }:{ $port }，数据库 { $database }，用户 { $user }）
install-db-connect-failed = 无法连接到 { $place }：{ $reason }
install-db-query-failed = 已连接到 { $place }，但查询失败：{ $reason }（这是该产品的数据库吗？）
install-not-connecting-no-database = 未读取数据库（诊断页面从不连接数据库；命令行中为 --no-database）
install-not-connecting-support-zip = { $file } 指定的数据库位于支持 zip 包的来源机器上，不会查询
install-not-connecting-not-postgresql = { $file } 指定的是 { $kind } 数据库；本工具只查询 PostgreSQL
install-not-connecting-encrypted-password = { $file } 中的数据库密码已加密；请用 --db-password（或 LICENSEDESK_DB_PASSWORD）提供密码
install-note-bitbucket-no-jdbc-url = { $file } 中没有 jdbc.url：此时 Bitbucket 使用其内嵌的 H2 数据库，Bitbucket 运行期间无法读取；请从“管理 > 许可”中查到 Server ID 并手动提供（Server ID 字段，或 --server-id），或手动运行：{ $sql }
install-note-bitbucket-no-setup-licence = { $file } 中没有 setup.license；Bitbucket 将正在使用的许可证保存在其数据库中（“管理 > 许可”中可以看到）
install-note-bitbucket-not-read = { $reason }：Bitbucket 将 Server ID 保存在数据库中；请手动提供 Server ID（Server ID 字段，或 --server-id）
install-note-failed-ask-server-id = { $failure }；请手动提供 Server ID（Server ID 字段，或 --server-id）
install-note-bitbucket-no-server-id-row = { $place } 的 app_property 中没有 server.id 行：Bitbucket 尚未完成设置
install-note-bitbucket-licence-differs = 数据库中的许可证与 bitbucket.properties 中的 setup.license 不同；Bitbucket 使用数据库中的许可证（setup.license 仅在首次启动时生效）
install-note-jira-no-jdbc-url = { $file } 中没有 jdbc-datasource/url：不知道保存 Jira 的 Server ID 和许可证的数据库在哪里；请手动提供 Server ID（Server ID 字段，或 --server-id）
install-note-jira-not-read = { $reason }：Jira 将 Server ID 和许可证保存在数据库中；请手动提供 Server ID（Server ID 字段，或 --server-id）
install-note-jira-not-read-licences = { $reason }：Jira 将 Server ID 和许可证保存在数据库中
install-note-jira-no-server-id-row = { $place } 中没有 jira.sid.key 属性：Jira 尚未完成设置
install-note-jira-no-licence-row = { $place } 的 productlicense 中没有任何行：未安装许可证
install-note-manual-sql = 需在 { $kind } 数据库上手动运行的 SQL：{ $sql }；例如：{ $run }
install-note-sql-and = { $first }；以及 { $second }
install-run-sqlplus = { $connect }，然后输入：{ $sql }
install-run-embedded = 请先停止产品（内嵌的 { $kind } 数据库同一时间只允许一个用户），然后用该数据库自带的命令行工具打开 { $url } 并运行：{ $sql }
install-run-other = 用您的数据库客户端连接 { $url }：{ $sql }
install-note-fisheye-no-licence = { $file } 的 <license> 下没有许可证：未安装许可证，或许可证保存在其他位置
install-note-fisheye-no-server-id = Fisheye/Crucible 不在 config.xml 中保存 Server ID；请在“管理 > 系统设置 > 系统信息”中查看，并手动提供（Server ID 字段，或 --server-id）
install-note-no-server-id-property = { $file } 中没有 { $property } 属性（设置是否已完成？）
install-note-no-licence-property = { $file } 中没有 { $property } 属性：未安装许可证
install-note-unusual-server-id = Server ID { $value }（{ $source }）不是常见的 XXXX-XXXX-XXXX-XXXX 格式
install-note-other-server-id = { $source } 中还有另一个 Server ID：{ $found }；使用最先找到的 { $used }（{ $used_source }）
install-note-server-id-overridden = 该安装自身的 Server ID 为 { $read }（{ $read_source }）；改用手动提供的 Server ID { $given }
install-note-licence-sanitised = { $source }：此副本中的许可证已被删除（已由支持工具脱敏）
install-note-zip-entries-not-read = 未读取的条目：{ $entries }
install-note-separator = {"；"}
install-skipped-unreadable = { $name }（{ $error }）
install-skipped-not-text = { $name }（不是文本）
install-product-unidentified = 未识别的产品
install-source-property = { $file } 的属性 { $key }
install-source-key = { $file } 的键 { $key }
install-source-element = { $file } 的元素 { $path }
install-source-element-attribute = { $file } 的元素 { $path } 的属性 { $attribute }
install-source-line = { $file } 第 { $line } 行
install-source-line-labelled = { $file } 第 { $line } 行（{ $label }）
install-source-database-table = 数据库表 { $table }
install-source-database-row = 数据库表 { $table } 中的 { $key }
install-source-given-by-hand = 手动提供

## 发件箱和提醒命令（在终端中显示：保持简短）

outbox-cli-cannot-create = 无法创建文件夹 { $folder }
outbox-cli-cannot-write = 无法写入 { $file }
outbox-cli-skipped = 已跳过邮件 { $id }：{ $reason }
outbox-cli-written = { $failed ->
    [0] 已将 { $written } 个邮件文件写入 { $folder }。
   *[other] 已将 { $written } 个邮件文件写入 { $folder }；{ $failed } 个无法写入。
}
reminders-cli-bad-from = --mail-from 地址不可用
reminders-cli-due = { $date } 有 { $reminders } 条提醒到期：已将 { $mails } 封邮件加入发件箱队列。
# $kind 是邮件的代码：support-reminder 或 evaluation-reminder。
reminders-cli-line = 许可证 { $id }：{ $kind ->
    [evaluation-reminder] 评估提醒
   *[support-reminder] 支持提醒
}，到期前 { $days } 天，{ $mails } 封邮件

## 日期：strftime 格式（%Y 年，%m 月，%d 日，%-m 和 %-d 不补零，%H:%M 时刻）。

date-format = %Y年%-m月%-d日
stamp-format = %Y年%-m月%-d日 %H:%M

## 语言

language-picker-label = 语言
language-unknown = licensedesk 不支持该语言。请从以下语言中选择：{ $codes }。

## 无法读取的上传

upload-unreadable = 无法读取上传的表单：{ $why }
upload-not-multipart = 此地址接收上传（multipart/form-data），但该请求不是上传。
upload-no-boundary = 正文中没有分隔符（boundary）。
upload-boundary-without-line-break = 分隔符后没有换行。
upload-headers-too-long = 某个部分的标头过长。
upload-no-headers = 某个部分没有标头。
upload-headers-not-text = 某个部分的标头不是文本。
upload-ends-inside-part = 正文在某个部分中途结束。
upload-no-name = 某个部分没有名称。
upload-too-many-parts = 部分过多。

# 管理：审计日志的操作代码和发件箱的邮件类型。

audit-action-account-created = 账户已创建
audit-action-account-invited = 已邀请账户
audit-action-account-disabled = 账户已停用
audit-action-account-enabled = 账户已启用
audit-action-profile-changed = 个人资料已更改
audit-action-password-changed = 密码已更改
audit-action-password-reset = 密码已重置
audit-action-reset-requested = 已请求重置密码
audit-action-reset-link-created = 已创建密码重置链接
audit-action-invitation-resent = 邀请已重新发送
audit-action-invitation-accepted = 邀请已接受
audit-action-mail-requeued = 邮件已重新排队
audit-action-sign-in = 已登录
audit-action-sign-in-failed = 登录失败
audit-action-sign-out = 已退出登录
audit-action-contact-added = 已添加联系人
audit-action-contact-removed = 已移除联系人
audit-action-primary-changed = 主要联系人已更改
audit-action-consolidation-requested = 已请求移动许可证
audit-action-consolidation-accepted = 移动许可证的请求已接受
audit-action-consolidation-declined = 移动许可证的请求已拒绝
audit-action-consolidation-cancelled = 移动许可证的请求已取消
audit-action-consolidated = 许可证已移至另一个账户
audit-action-licence-added = 已添加许可证
audit-action-licence-imported = 许可证已导入
audit-action-licence-updated-by-import = 许可证已通过导入更新
audit-action-licence-renewed = 许可证已续订
audit-action-licence-upgraded = 许可证已升级
audit-action-licence-archived = 许可证已归档
audit-action-licence-restored = 许可证已恢复
audit-action-licence-deleted = 许可证已删除
audit-action-evaluation-extended = 评估已延长
audit-action-developer-licence-linked = 开发者许可证已关联
audit-action-developer-licence-synced = 开发者许可证已同步
audit-action-organisation-changed = 组织已更改
audit-action-notes-changed = 备注已更改
audit-action-auto-renew-on = 自动续订已开启
audit-action-auto-renew-off = 自动续订已关闭
audit-action-server-id-changed = Server ID 已更改
audit-action-key-added = 已添加许可证密钥
audit-action-key-retrieved = 已取得许可证密钥
audit-action-key-restored = 已恢复之前的许可证密钥

people-mail-kind-invitation = 邀请
people-mail-kind-reset = 密码重置
people-mail-kind-contact-added = 被添加为联系人
people-mail-kind-contact-removed = 被移除联系人身份
people-mail-kind-primary-changed = 主要联系人已更改
people-mail-kind-support-reminder = 支持到期提醒
people-mail-kind-evaluation-reminder = 评估到期提醒
people-mail-kind-consolidation = 移动许可证
people-mail-kind-account-disabled = 账户已停用

## Lifecycle: the inner licence hash, refusals and key kinds
key-label-inner-hash = 许可证哈希：
key-label-refusal = 拒绝的产品：
key-inner-hash-verified = 许可证哈希验证通过（密钥版本 { $version }）
key-inner-hash-not-required = 没有许可证哈希，也无需哈希：该密钥创建于 2021 年之前
key-inner-hash-missing-required = 没有许可证哈希，但该密钥创建于 2021 年或之后：检查哈希的产品会拒绝该密钥
key-inner-hash-wrong = 许可证哈希与许可证的属性不符：该密钥在生成后被修改过
key-inner-hash-unknown-key-version = 许可证哈希使用本工具不认识的密钥版本 { $version } 生成：无法检查
key-hash-refusal-missing = { $product } { $version } 及更高版本会拒绝此密钥（“Failed to verify license hash: missing property licenseHash”）。
key-hash-refusal-wrong = { $product } { $version } 及更高版本会拒绝此密钥，因为其许可证哈希验证未通过。
portal-inner-hash = 许可证哈希
diagnose-verdict-licence-hash-refused = 产品会拒绝已安装的密钥：其许可证哈希缺失或错误。
diagnose-advice-licence-hash-refused = 请应用带有有效许可证哈希的密钥：从 My Atlassian 重新下载许可证（2021 年以来签发的密钥都带有哈希），或向 Atlassian 申请新密钥。
diagnose-finding-licence-hash-missing = 密钥 { $sen } 创建于 2021 年或之后，却没有许可证哈希：{ $product } { $version } 及更高版本会拒绝它（“Failed to verify license hash: missing property licenseHash”）。
diagnose-finding-licence-hash-wrong = 密钥 { $sen } 的许可证哈希与其属性不符：该密钥被修改过，检查哈希的产品会拒绝它。
## Lifecycle: kinds of licence
kind-server = Server
kind-data-center = Data Center
kind-fisheye-crucible = Fisheye/Crucible
kind-evaluation = 评估
kind-developer = 开发者
kind-test = 测试许可证
kind-app = 应用
kind-label = 许可证种类
kind-support-ends = 支持于 { $date } 到期：您可以继续使用，但在此日期之后发布的版本将不接受此许可证。
kind-support-ends-fisheye-crucible = 支持于 { $date } 到期：Fisheye 和 Crucible 的 Server 许可证仍受支持并可续订；您可以继续使用，但在此日期之后发布的版本将不接受此许可证。
kind-licence-ends-data-center = 许可证于 { $date } 到期：届时产品将变为只读。
kind-evaluation-ends = 评估于 { $date } 结束：此日期之后，产品将无法再使用此许可证运行。
kind-developer-follows = 开发者许可证：其支持跟随生产许可证，于 { $date } 到期；在此日期之后发布的版本将不接受它。
kind-developer-follows-undated = 开发者许可证：其支持跟随生产许可证。
kind-test-relative = 测试许可证：应用到产品后 { $period } 到期；不绑定 Server ID。
kind-test-relative-unread = 测试许可证：应用到产品后 { $raw } 到期；不绑定 Server ID。
kind-test-dated = 供应用开发者或测试使用的测试许可证：不可用于生产环境，且不绑定 Server ID。
kind-app-support-ends = 应用支持于 { $date } 到期：您可以继续使用该应用，但在此日期之后发布的应用版本将不接受此许可证。
kind-list-relative-expiry = 自应用之时起计算
## Lifecycle: cut-off dates, releases and upgrade eligibility

audit-action-lifecycle-file-replaced = 已替换生命周期表
audit-action-lifecycle-file-reset = 已将生命周期表恢复为内置版本

lifecycle-product = { $code ->
    [jira-software] Jira Software
    [jira-service-management] Jira Service Management
    [confluence] Confluence
    [bitbucket] Bitbucket
    [bamboo] Bamboo
    [crowd] Crowd
   *[fisheye-crucible] Fisheye/Crucible
}
lifecycle-file-name = { $file ->
    [cutoffs] 截止日期
   *[releases] 版本表
}
lifecycle-month-format = %Y年%-m月
lifecycle-heading = 各日期的含义
lifecycle-cutoff-server-support-end = { $when ->
    [past] Server 支持已于 { $date } 结束：支持无法续期到该日期之后，在此许可证支持到期后发布的版本将不接受该许可证。
   *[future] Server 支持将于 { $date } 结束：支持无法续期到该日期之后，在此许可证支持到期后发布的版本将不接受该许可证。
}
lifecycle-cutoff-dc-new-subscriptions-end = { $when ->
    [past] 新的 Data Center 订阅已于 { $date } 停止销售；现有订阅仍可续订。
   *[future] 新的 Data Center 订阅将于 { $date } 停止销售；现有订阅仍可续订。
}
lifecycle-cutoff-dc-last-purchase = { $when ->
    [past] Data Center 的最后购买和用户层级变更截至 { $date }。
   *[future] Data Center 的购买和用户层级变更截至 { $date }：请在此之前调整此许可证的用户层级。
}
lifecycle-cutoff-dc-end-of-life = { $when ->
    [past] Data Center 已于 { $date } 终止生命周期。
   *[future] Data Center 将于 { $date } 终止生命周期：无法续订到 { $date } 之后。
}
lifecycle-cutoff-source = 来源：{ $who }
lifecycle-eligibility-heading = 此许可证能运行某个版本吗？
lifecycle-eligibility-product = 产品
lifecycle-eligibility-version = 版本
lifecycle-eligibility-hint = 功能版本，例如 9.12；版本表列出 2019 年以来的功能版本。
lifecycle-eligibility-check = 检查
lifecycle-verdict = { $verdict ->
    [yes] 符合条件
    [no] 不符合条件
   *[unknown] 无法判断
}
lifecycle-eligible = { $product } { $version }（发布于 { $released }）接受此许可证：它在支持到期日 { $support } 之前发布。
lifecycle-eligible-read-only = 许可证于 { $expiry } 到期：此后无论哪个版本，产品都将变为只读。
lifecycle-not-eligible = { $product } { $version }（发布于 { $released }）不接受此许可证：在支持到期日 { $support } 之后发布的版本都不接受它。
lifecycle-cannot-tell = { $product } { $version } 发布于 { $released }，而支持到期日 { $support } 在同一个月内：版本表不知道具体日期，因此无法判断。请查看发行说明。
lifecycle-no-support-expiry = 此许可证没有支持到期日，无法与 { $product } { $version } 的发布日期（{ $released }）比较。
lifecycle-test-licence = 这是测试许可证：在其有效期内（从应用时起算）{ $product } { $version } 都接受它；它不适用于生产环境。
lifecycle-evaluation = 这是评估许可证：{ $product } { $version } 可以使用它运行，直到许可证于 { $expiry } 到期。
lifecycle-evaluation-no-expiry = 这是评估许可证：{ $product } { $version } 可以使用它运行，直到许可证到期。
lifecycle-unknown-version = 版本表中没有 { $product } { $version }。
lifecycle-nearest-version = { $version }（{ $released }）
lifecycle-nearest = 表中相近的版本：{ $versions }。
lifecycle-release-notes = 发行说明
lifecycle-release-source = 发行说明：{ $url }
lifecycle-version-invalid = “{ $version }”不是版本号：请写成 9.12 或 9.12.3。
lifecycle-product-unknown = 版本表中没有产品“{ $product }”；请从 { $codes } 中选择。
lifecycle-file-error = 第 { $line } 行：{ $reason }
lifecycle-problem-too-large = 文件大于 { $max } KiB。
lifecycle-problem-too-many-rows = 文件超过 { $max } 行。
lifecycle-problem-not-csv = 此行不是可读取的 CSV（引号未闭合，或文本不是 UTF-8）。
lifecycle-problem-header = 第一行必须是标题行 { $expected }。
lifecycle-problem-no-rows = 文件只有标题行，没有数据行。
lifecycle-problem-field-count = 此行有 { $found } 个字段；标题行有 { $expected } 个。
lifecycle-problem-empty = 字段 { $column } 为空。
lifecycle-problem-too-long = 字段 { $column } 超过 { $max } 个字符。
lifecycle-problem-unknown-event = “{ $value }”不是事件；请使用 { $codes } 之一。
lifecycle-problem-unknown-deployment = “{ $value }”不是部署类型；请使用 server 或 data-center。
lifecycle-problem-unknown-product = “{ $value }”不是版本表中的产品；请使用 { $codes } 之一。
lifecycle-problem-bad-date = 字段 { $column } 不是 YYYY-MM-DD 格式的日期（发布日期可以是 YYYY-MM）。
lifecycle-problem-bad-version = “{ $value }”不是 9.12 或 9.12.3 这样的版本号。
lifecycle-problem-bad-url = 来源不是 https:// 或 http:// 地址。
lifecycle-problem-duplicate = 相同的行已在第 { $first } 行出现。
lifecycle-admin-link = 生命周期数据
lifecycle-admin-title = 生命周期数据
lifecycle-admin-intro = Server 和 Data Center 的截止日期以及版本表决定了许可证页面、提醒和升级资格答复的内容。日期变化时请替换表：上传标题行相同的 CSV 文件，检查变更，然后确认。
lifecycle-admin-shipped = 正在使用：licensedesk 内置的表，共 { $rows } 行。
lifecycle-admin-imported = 正在使用：由 { $who } 于 { $when } 导入，共 { $rows } 行。
lifecycle-admin-download = 下载 CSV
lifecycle-admin-file = CSV 文件
lifecycle-admin-preview-button = 预览变更
lifecycle-admin-reset = 重新使用内置的表
lifecycle-admin-preview-title = { $file ->
    [cutoffs] 替换截止日期？
   *[releases] 替换版本表？
}
lifecycle-admin-preview-summary = 正在使用的表有 { $before } 行，文件有 { $after } 行；{ $changes ->
    [one] 有 1 行发生变化。
   *[other] 有 { $changes } 行发生变化。
}
lifecycle-admin-col-row = 行
lifecycle-admin-col-before = 之前
lifecycle-admin-col-after = 之后
lifecycle-admin-no-changes = 文件中的行与正在使用的表相同。
lifecycle-admin-confirm = 替换表
lifecycle-admin-cancel = 取消
lifecycle-admin-replaced = { $file ->
    [cutoffs] 截止日期已替换。
   *[releases] 版本表已替换。
}
lifecycle-admin-reset-done = { $file ->
    [cutoffs] 已重新使用内置的截止日期。
   *[releases] 已重新使用内置的版本表。
}
lifecycle-admin-file-missing = 请选择要上传的 CSV 文件。
lifecycle-admin-not-utf8 = 文件不是 UTF-8 文本。
lifecycle-cli-dry-run = { $file ->
    [cutoffs] 已检查截止日期：{ $rows } 行，{ $changes } 处变更；未做任何更改（--dry-run）。
   *[releases] 已检查版本表：{ $rows } 行，{ $changes } 处变更；未做任何更改（--dry-run）。
}
lifecycle-cli-imported = { $file ->
    [cutoffs] 已导入截止日期：{ $rows } 行，{ $changes } 处变更。
   *[releases] 已导入版本表：{ $rows } 行，{ $changes } 处变更。
}
lifecycle-cli-reset = { $file ->
    [cutoffs] 已重新使用内置的截止日期。
   *[releases] 已重新使用内置的版本表。
}
lifecycle-cli-nothing-to-reset = { $file ->
    [cutoffs] 内置的截止日期已在使用中。
   *[releases] 内置的版本表已在使用中。
}
lifecycle-cli-cannot-read = 无法读取 { $path }。
lifecycle-cli-refused = { $path } 被拒绝，未做任何更改：{ $reason }
eligible-cli-no-licence = 记录中没有 SEN 为 { $sen } 的许可证。
eligible-cli-no-key = { $input } 既不是记录中的 SEN，也不是许可证密钥或包含密钥的文件。
eligible-cli-heading = { $product } { $version }：{ $verdict }
## Lifecycle: app licences
apps-host-heading = 宿主许可证
apps-is-app-licence = 这是应用（Marketplace）许可证：它有自己的 SEN、用户层级和日期，并运行在一个宿主许可证上。
apps-host-product = 宿主产品
apps-host-product-unknown = 应用的许可证密钥未指明：请在下方选择宿主许可证。
apps-host-jira = Jira
apps-host-confluence = Confluence
apps-host-bitbucket = Bitbucket
apps-host-bamboo = Bamboo
apps-host-crowd = Crowd
apps-host-fisheye-crucible = Fisheye/Crucible
apps-runs-on = 运行于
apps-not-linked = 尚未关联到宿主许可证。
apps-host-hidden = 一个您无法查看的宿主许可证。
apps-no-choices = 没有您可以查看的同一组织的宿主许可证。
apps-choose-host = 宿主许可证
apps-no-host = 无宿主（取消关联）
apps-link-button = 关联…
apps-choose-hint = 只列出您可以查看的同一组织的许可证。您将在下一页确认。
apps-hosted-heading = 此许可证上的应用
apps-col-app = 应用
apps-col-findings = 发现的问题
apps-no-findings = 未发现问题
apps-finding-tier-below-host = 应用的用户层级（{ $app }）低于宿主的（{ $host }）：应用必须覆盖宿主的所有用户。
apps-finding-server-app-on-data-center = Data Center 宿主上的 Server 应用许可证：在 { $cutoff } 或之后开始的 Server 应用许可证会被拒绝，而此许可证开始于 { $started }。
apps-finding-server-app-on-data-center-undated = Data Center 宿主上的 Server 应用许可证：在 { $cutoff } 或之后开始的 Server 应用许可证会被拒绝，而此许可证的开始日期未知。
apps-finding-support-before-host = 应用的支持于 { $app } 到期，早于宿主的 { $host }。
apps-confirm-title = 将应用许可证关联到其宿主
apps-confirm-link = 将应用许可证 { $app } 关联到宿主许可证 { $host }？
apps-confirm-unlink = 取消应用许可证 { $app } 与其宿主许可证的关联？
apps-confirm-button = 确认
apps-host-not-chosen = 请从列表中选择一个宿主许可证。
apps-host-not-allowed = 该许可证不能作为此应用的宿主：请选择同一组织的宿主许可证。
apps-flash-host-linked = 已保存应用许可证的宿主。
audit-action-app-licence-linked = 应用许可证已关联到宿主
## 实际遇到的安装：Jira XML 备份、容器环境变量、内嵌 H2 数据库、产品在支持包中自报的信息
install-found-none = （无）
install-found-run-h2 = 请先停止产品（H2 同一时间只允许一个程序打开该文件），然后在产品的 h2-*.jar 所在位置（其安装目录下的 WEB-INF/lib 文件夹）运行：{ $command }
install-found-backup-no-server-id = { $file } 中没有 jira.sid.key 属性，因此该备份不含 Server ID；请在 Jira 的“管理 > 系统 > 系统信息”中查到它并手动提供（Server ID 字段，或 --server-id）
install-found-backup-no-licence = { $file } 中没有 ProductLicense 行：制作该备份时未安装任何许可证
install-found-server-id-not-in-environment = { $file } 提供了许可证，但容器的环境变量中从不包含 Server ID：{ $product ->
    [confluence] Confluence 将其保存在主目录卷中的 confluence.cfg.xml 里；请对该文件夹运行 licensedesk server-id，或在 Confluence 的“一般配置 > 系统信息”中查看
    [bitbucket] Bitbucket 将其保存在数据库中（app_property 表）；请对其主目录卷运行 licensedesk server-id，或在 Bitbucket 的“管理 > 许可”中查看
    [bamboo] Bamboo 将其保存在主目录卷中的 bamboo.cfg.xml 里；请对该文件夹运行 licensedesk server-id，或在 Bamboo 的“管理 > 系统信息”中查看
   *[other] 产品将其保存在主目录卷或数据库中；请对其主目录卷运行 licensedesk server-id，或在产品的管理界面中查看
}
install-found-home-volume = docker inspect 显示产品的主目录挂载自主机上的 { $volume }：请对该文件夹运行 licensedesk server-id 以读取 Server ID
install-found-embedded-h2 = { $product } 使用其内嵌的 H2 数据库（{ $found }），{ $product } 运行期间无法读取，本工具也不会打开它；请停止 { $product }，然后在其 h2-*.jar 所在位置（其安装目录下的 WEB-INF/lib 文件夹）运行：{ $command }
install-found-report-detail = { $name }：{ $value }
install-found-product-report = { $file } 记录了产品自身报告的信息：SEN { $sen }，Server ID { $server_id }；许可证详情：{ $details }
install-found-reported-server-id-differs = 产品报告的 Server ID 为 { $reported }（{ $file }），但 { $read_source } 中为 { $read }：支持包中的配置并非正在运行的产品所用的配置（从其他实例复制而来，或在产品启动后被修改）
install-found-reported-sen-differs = 产品报告的是 { $reported }（{ $file }），但已安装的许可证密钥中为 { $in_keys }：产品运行所用的许可证与其配置中的密钥不同，或在制作支持包之后许可证已更换
## Installations: the database's Server ID, cluster nodes, app licences and test licences
install-note-confluence-not-read = { $reason }：Confluence 使用其数据库（BANDANA 表）中的 Server ID 运行，未与此处显示的 confluence.cfg.xml 中的 Server ID 进行比较
install-note-confluence-failed = { $failure }；显示的 Server ID 来自 confluence.cfg.xml，而 Confluence 使用其数据库中的 Server ID 运行
install-note-confluence-no-server-id-row = { $place } 的 BANDANA 中没有 confluence.server.id 行：使用 confluence.cfg.xml 中的 Server ID
install-note-confluence-server-ids-disagree = confluence.cfg.xml 中为 { $file }（{ $file_source }），但数据库中为 { $database }：Confluence 使用数据库中的 Server ID（即此处显示的）；文件中的值来自另一个安装（恢复或复制的数据库）
install-note-jira-app-licences-failed = 无法读取应用许可证：{ $failure }
# One other node of the cluster in a list: its node id, label and host.
diagnose-other-cluster-node = 节点 { $node }（{ $host } 上的 { $label }）
diagnose-note-other-cluster-nodes = Server ID { $server_id } 也记录在此 Data Center 集群的其他节点上：{ $others }。集群的每个节点都使用集群的 Server ID；这是同一个安装，而不是克隆的实例。
diagnose-note-server-id-not-enforced-for-test = 密钥 { $sen } 是测试许可证，签发给 Server ID { $expected }；该安装的 Server ID 为 { $installation }。测试许可证不绑定 Server ID，因此这不是不匹配。
# The installation's line for a Data Center node: its node id, the cluster it belongs to (a
# shared home or a cluster name) and where that was read.
diagnose-cli-cluster-node = 集群节点：
diagnose-cli-cluster-node-value = { $node }（集群 { $cluster }，来自 { $source }）
# The Diagnose page: the label of the line naming a Data Center node.
diagnose-cluster-node-label = 集群节点
install-note-jira-app-licence-sql = Jira 也将应用（Marketplace）许可证保存在数据库中；要列出它们，请运行：{ $sql }
## Lifecycle: end of Data Center overview and cut-off reminders

eodc-title = Data Center 终止
eodc-intro = 所有未归档的 Data Center 许可证，按组织分组，列出每个截止日期对它的含义以及需要做出的决定。最近的决定排在最前。
eodc-cutoffs-heading = 截止日期
eodc-cutoffs-shipped = 这些是 licensedesk 自带的截止日期表中的日期。
eodc-cutoffs-imported = 这些是 { $by } 于 { $date } 导入的截止日期表中的日期。
eodc-col-event = 截止事项
eodc-col-date = 日期
eodc-col-source = 来源
eodc-col-licence = 许可证
eodc-col-product = 产品
eodc-col-tier = 用户层级
eodc-col-licence-expiry = 许可证到期
eodc-col-support-expiry = 支持到期
eodc-col-meaning = 截止日期的含义与需要做出的决定
eodc-event-server-support-end = Server 支持终止
eodc-event-dc-new-subscriptions-end = Data Center 新订阅终止
eodc-event-dc-last-purchase = 最后购买与层级变更
eodc-event-dc-end-of-life = Data Center 生命周期终止
eodc-source = 来源：{ $who }
eodc-download-csv = 下载 CSV
eodc-empty = 没有正在使用的 Data Center 许可证：无需做出任何决定。
eodc-no-organisation = 未记录组织
eodc-group-count = { $count ->
   *[other] { $count } 个许可证
}
eodc-next-decision = 下一个决定截止于 { $date }
eodc-nothing-ahead = 所有截止日期均已过去。
eodc-no-cutoff = 表中没有适用于此许可证的截止日期。
eodc-line-new-subscriptions-ahead = Data Center 新订阅将于 { $date } 终止：在此日期之后失效的订阅将无法再次购买。
eodc-line-new-subscriptions-ended = Data Center 新订阅已于 { $date } 终止：失效的订阅无法再次购买，因此请勿让订阅失效。
eodc-line-lapsed = 该订阅于 { $lapsed } 失效，此时 Data Center 新订阅已于 { $date } 终止：无法再次购买。
eodc-line-last-purchase-ahead = 层级变更与最后购买将于 { $date } 终止：请在此之前决定最终层级。
eodc-line-last-purchase-passed = 层级变更与最后购买已于 { $date } 终止：当前层级即为最终层级。
eodc-line-renews = 该订阅将于 { $renews } 续订；无法续订至 { $date }（生命周期终止）之后。
eodc-line-end-of-life-ahead = Data Center 将于 { $date } 终止生命周期：请在此之前决定此产品的去向。
eodc-line-end-of-life-passed = Data Center 已于 { $date } 终止生命周期。
eodc-line-support-end-ahead = 支持将于 { $date } 到期：您可以继续使用该产品，但此日期之后发布的版本将不接受此许可证。
eodc-line-support-end-passed = 支持已于 { $date } 到期：此日期之后发布的版本不接受此许可证。
eodc-mail-heading = Data Center 终止对此许可证的含义：
eodc-mail-source = 来源：{ $who }，{ $url }
eodc-reminder-subject = { $event }：{ $date }，{ $days ->
   *[other] 还有 { $days } 天
}
eodc-reminder-what-server-support-end = Server 许可证的支持将于 { $date } 到期：此日期之后发布的版本将不接受这些许可证。
eodc-reminder-what-dc-new-subscriptions-end = Data Center 新订阅将于 { $date } 终止：此后失效的订阅将无法再次购买。
eodc-reminder-what-dc-last-purchase = Data Center 的层级变更与最后购买将于 { $date } 终止：客户需在此之前决定最终层级。
eodc-reminder-what-dc-end-of-life = Data Center 将于 { $date } 终止生命周期：任何订阅都不能超过此日期，每个产品都需要在此之前确定新的去向。
eodc-reminder-licences = { $count ->
   *[other] 有 { $count } 个正在使用的 Data Center 许可证受到影响。概览列出了它们以及需要做出的决定：
}
eodc-reminder-why = 您作为门户管理员收到此邮件。管理员会在每个 Data Center 截止日期前 { $schedule } 天收到提醒。
people-mail-kind-cutoff-reminder = Data Center 截止日期提醒
eodc-reminders-cli-line = { $event }（{ $date }）：管理员提醒，提前 { $days } 天，{ $mails } 封邮件
# A field an import's preview lists when it changes.
import-field-kind = 许可证种类

## Lifecycle: eligibility of products a licence does not cover, and of bug-fix releases
lifecycle-not-covered = 此许可证不涵盖 { $product }：它是 { $covered } 的许可证，{ $product } 的任何版本都不接受它。
lifecycle-later-fix = 发布表中有 { $product } { $feature }，发布于 { $released }，早于支持到期日 { $support }；错误修复版本 { $version } 发布得更晚，若晚于该日期则不接受此许可证。请在发行说明中查看 { $version } 的发布日期。

## Organisations: customer companies, their managers and consultants
organisation-read-only = 您对此组织的访问为只读：可以查看，不能更改。

## Organisations — co-term planner
org-coterm-title = 条款关联规划：{ $organisation }
org-coterm-intro = Atlassian 通过将每个许可证续订整数个月来进行条款关联：续订从上一次支持到期日（而非今天）起算，使所有许可证的支持在同一天到期。
org-coterm-until-label = 共同的支持到期日
org-coterm-until-hint = 建议：{ $date }，即这些许可证中最晚的支持到期日，这样任何许可证的支持都不会缩短。
org-coterm-show = 显示方案
org-coterm-download-csv = 下载 CSV
org-coterm-col-licence = 许可证
org-coterm-col-sen = SEN
org-coterm-col-expiry = 支持到期
org-coterm-col-months = 月数
org-coterm-col-new-expiry = 新的支持到期日
org-coterm-col-note = 说明
org-coterm-note-exact = 续订 { $months } 个月：{ $from } → { $until }
org-coterm-note-short = 于 { $from } 到期：没有整数个月能正好到达 { $target }；最接近的是 { $until }（{ $months } 个月），差 { $days } 天。
org-coterm-note-on-target = 已在目标日期到期：无需续订。
org-coterm-note-after-target = 已在目标日期之后到期：无需续订。
org-coterm-note-within-a-month = 在目标日期前 { $days } 天到期：不足一个月，无需续订。
org-coterm-note-too-far = 相距太远：每次续订最多 { $max } 个月。
org-coterm-left-out-heading = 未纳入方案
org-coterm-left-out-evaluation = 评估许可证：评估许可证只能延期，不能续订。
org-coterm-left-out-test = 测试许可证：没有可续订的付费支持。
org-coterm-left-out-developer = 开发者许可证：其支持跟随对应的生产许可证。
org-coterm-left-out-archived = 已归档。
org-coterm-left-out-no-support-expiry = 没有可作为续订起点的支持到期日。
org-coterm-empty = 该组织没有可进行条款关联的许可证。
org-coterm-create = 创建续订订单…
org-coterm-read-only = 您对该组织的访问权限为只读：您可以查看方案，由其管理者下单。
org-coterm-confirm-title = 创建 { $count } 个续订订单？
org-coterm-confirm-intro = 将为 { $organisation } 创建以下续订订单，每个订单把一个许可证的支持到期日移至其新日期，以对齐 { $target }：
org-coterm-confirm-button = 创建续订订单
org-coterm-nothing-to-order = 此方案中没有可按整月续订的许可证：无需下单。
org-coterm-flash-created = 已创建 { $count } 个续订订单。
## Organisations — the partner dashboard and the monthly reports
org-dash-nav = 仪表板
org-dash-title = 合作伙伴仪表板
org-dash-all = 所有组织
org-dash-intro = 每个组织在 { $date } 的许可证，按状态计数。每个数字都链接到其所计的许可证。已归档的许可证不计入。
org-dash-empty = 没有可显示的组织。
org-dash-col-organisation = 组织
org-dash-col-next-renewal = 下次续订
org-dash-col-report = 月度报告
org-dash-col-sen = SEN
org-dash-col-product = 产品
org-dash-col-name = 许可证
org-dash-col-why = 原因
org-dash-state-active = 有效
org-dash-state-expiring = 支持在 90 天内结束
org-dash-state-support-expired = 支持已过期
org-dash-state-evaluation = 评估许可证
org-dash-state-test = 测试许可证
org-dash-state-single-contact = 仅一位联系人或没有联系人
org-dash-state-primary-inactive = 主要联系人不活跃
org-dash-state-no-billing = 无账单联系人
org-dash-no-organisation = 无组织
org-dash-total = 合计
org-dash-report-link = 报告
org-dash-warnings-heading = 巴士因子警告
org-dash-licence-count = { $count ->
    [one] 1 个许可证
   *[other] { $count } 个许可证
}
org-dash-no-warning = 没有许可证带有此警告。
org-dash-more = 另有 { $count } 个
org-dash-why-single-contact = 唯一联系人：{ $email }
org-dash-why-no-contact = 没有任何联系人
org-dash-why-disabled = { $role ->
    [billing] 主要账单联系人
   *[technical] 主要技术联系人
} { $email } 已停用
org-dash-why-not-since = { $role ->
    [billing] 主要账单联系人
   *[technical] 主要技术联系人
} { $email } 自 { $date } 起未登录
org-dash-why-never = { $role ->
    [billing] 主要账单联系人
   *[technical] 主要技术联系人
} { $email } 从未登录（账户创建于 { $date }）
org-dash-why-no-billing = 无账单联系人
org-report-title = { $organisation } 的月度报告
org-report-dashboard-link = 此组织的仪表板
org-report-is-on = 月度报告已开启：组织的管理员在每月初通过邮件收到报告。
org-report-is-off = 月度报告已关闭：无人收到报告。
org-report-switch-legend = 通过邮件发送月度报告
org-report-switch-on = 开启
org-report-switch-off = 关闭
org-report-save = 保存
org-report-bad-on = 请选择开启或关闭。
org-report-no-managers = 此组织没有管理员：在有管理员之前，无人收到报告。
org-report-queued = 本月的报告已放入发件箱。
org-report-not-queued = 本月的报告尚未放入发件箱。
org-report-preview-heading = 本月的报告（您将收到的样子）
org-report-mail-kind = 组织月度报告
org-report-mail-subject = { $organisation }：{ $month } 许可证报告
org-report-mail-intro = { $organisation } 在 { $month } 的许可证月度报告。
org-report-mail-expiring-heading = 未来 90 天内结束的支持：
org-report-mail-expiring-line = { $name }：支持于 { $date } 结束
org-report-mail-expiring-none = 未来 90 天内没有支持结束。
org-report-mail-changes-heading = 自 { $date } 以来的变化：
org-report-mail-changes-none = 没有变化。
org-report-change-added = 已添加：{ $licence }（{ $product }）
org-report-change-renewed = 已续订：{ $licence }（{ $product }），支持现于 { $date } 结束
org-report-change-archived = 已归档：{ $licence }（{ $product }）
org-report-change-restored = 已恢复：{ $licence }（{ $product }）
org-report-change-contacts = 联系人已更改：{ $licence }（{ $product }）
org-report-mail-warnings-heading = 巴士因子警告：
org-report-mail-warning-line = { $state }：{ $licence }（{ $product }）：{ $why }
org-report-mail-warnings-none = 没有警告。
org-report-mail-dashboard = { $organisation } 的仪表板：
org-report-mail-why = 您作为 { $organisation } 的管理员收到此邮件。管理员或组织管理员可在此关闭月度报告：
org-report-cli-line = { $organisation }：{ $month } 月度报告，{ $mails ->
    [one] 1 封邮件
   *[other] { $mails } 封邮件
}
audit-action-organisation-reports-on = 组织月度报告已开启
audit-action-organisation-reports-off = 组织月度报告已关闭
## Organisations — the list by organisation
org-list-col-organisation = 组织
org-list-organisation-on-key = 许可证密钥上的组织
org-list-organisation-label = 组织
org-list-all-organisations = 所有组织
org-list-no-organisation = 无组织
# An organisation number typed into a link that is none of the viewer's organisations.
org-list-unknown-organisation = 组织编号 { $id }
org-list-more-organisations = 此处仅按名称列出前 { $count } 个组织：要查看其他组织的许可证，请使用该组织页面上或“组织”列中的链接。
org-list-filters-label = 筛选条件
org-list-chip-organisation = 组织：{ $name }
org-list-chip-state = 显示：{ $state }
org-list-remove-filter = 移除此筛选条件
org-list-state-active = 有效的许可证
org-list-state-expiring = 支持将在 { $days } 天内到期
org-list-state-support-expired = 支持已到期
org-list-state-evaluation = 评估许可证
org-list-state-test = 测试许可证
org-list-state-single-contact = 仅一位联系人或没有联系人
org-list-state-primary-inactive = 主要联系人已停用或已 { $days } 天未登录
org-list-state-no-billing = 没有账单联系人
org-list-group = 按组织分组
org-list-ungroup = 取消分组
org-list-group-count = 本页 { $count } 个许可证
org-list-no-match = 没有符合这些筛选条件的许可证。
org-list-bad-organisation = 列表可按组织编号筛选，或用“none”筛选不属于任何组织的许可证。
org-list-bad-state = 列表可按以下状态筛选：active、expiring、support-expired、evaluation、test、single-contact、primary-inactive、no-billing。
org-list-bad-group = 列表只能按组织分组。
## Organisations — managers and consultants
org-access-title = { $organisation } 的人员
org-access-lead = 除了各许可证的联系人之外，以下人员可以访问 { $organisation } 的所有许可证：管理员可查看并管理这些许可证；顾问可在访问权限结束前只读查看。
org-access-licences-link = 许可证
org-access-managers-heading = 组织管理员
org-access-managers-none = 此组织还没有管理员。
org-access-consultants-heading = 顾问
org-access-consultants-none = 尚未向任何顾问授予访问权限。
org-access-col-address = 地址
org-access-col-since = 起始时间
org-access-col-added-by = 添加人
org-access-col-until = 最后一天
org-access-col-keys = 许可证密钥
org-access-col-granted-by = 授权人
org-access-col-state = 状态
org-access-col-actions = 操作
org-access-keys-with = 含密钥
org-access-keys-without = 不含密钥
org-access-state-running = 有效
org-access-state-ended = 已结束
org-access-state-revoked = 已撤销
org-access-you = （您）
org-access-remove = 移除
org-access-revoke = 撤销
org-access-email-label = 电子邮件地址
org-access-email-hint = 没有账户的地址会收到设置密码的邀请。
org-access-language-label = 邀请邮件的语言（如果该地址还没有账户）
org-access-add-manager-heading = 添加管理员
org-access-add-manager-button = 添加管理员
org-access-grant-heading = 向顾问授予只读访问权限
org-access-until-label = 访问的最后一天
org-access-until-hint = 必须晚于今天，且最多为 { $days } 天之后。该日结束时访问权限自动结束。
org-access-with-keys-label = 包括许可证密钥（不勾选则密钥保持隐藏）
org-access-grant-button = 授予访问权限
org-access-read-only-note = 只读访问权限至 { $date }，由 { $actor } 授予。
org-access-cancel = 取消
org-access-remove-title = 移除管理员
org-access-remove-body = { $email } 将不再能查看或管理 { $organisation } 的许可证（除非其是某些许可证的联系人）。
org-access-remove-button = 移除管理员
org-access-revoke-title = 撤销顾问的访问权限
org-access-revoke-body = { $email } 将立即失去对 { $organisation } 许可证的只读访问权限。管理员会收到邮件通知。
org-access-revoke-button = 撤销访问权限
org-access-refused-title = 无法执行
org-access-back = 返回 { $organisation } 的人员
org-access-already-manager = { $email } 已经是此组织的管理员。
org-access-account-disabled = 账户 { $email } 已停用；请先启用。
org-access-administrator = { $email } 是管理员，已经可以查看所有组织。
org-access-already-granted = { $email } 已拥有此组织的有效访问权限；如需更改，请先撤销。
org-access-until-missing = 请以日期格式（YYYY-MM-DD）输入访问的最后一天。
org-access-until-not-after-today = 访问的最后一天必须晚于今天。
org-access-until-too-long = 访问权限最长 { $days } 天：最后一天最晚为 { $latest }。
org-access-remove-last = 只有系统管理员可以移除组织的最后一位管理员。
org-access-remove-yourself = 您不能移除自己的管理员身份；请联系其他管理员或系统管理员。
org-access-not-a-manager = 此账户不是该组织的管理员。
org-access-revoke-not-running = 此访问权限已经结束。
org-access-key-withheld = 密钥已隐藏：您的访问权限不包括密钥。
org-access-download-withheld = 您对此组织的访问权限不包括许可证密钥。
org-access-reminders-cli-ended = { $count } 位顾问的访问权限已结束；已通知其组织的管理员。
org-access-mail-kind = 组织访问权限
org-access-mail-invitation-reason = { $actor } 授予您{ $role ->
        [manager] 管理
       *[consultant] 只读访问
    } { $organisation } 许可证的权限。
org-access-mail-people-link = 组织的管理员和顾问：
org-access-mail-licences-link = 许可证：
org-access-mail-started-subject = 一位顾问现在可以查看 { $organisation } 的许可证
org-access-mail-started-body = { $actor } 授予 { $consultant } 对 { $organisation } 许可证的只读访问权限，至 { $until }（最后一天），{ $keys ->
        [with] 包括
       *[without] 不包括
    }许可证密钥。
org-access-mail-granted-subject = 对 { $organisation } 许可证的只读访问权限
org-access-mail-granted-body = { $actor } 授予您对 { $organisation } 许可证的只读访问权限，至 { $until }（最后一天），{ $keys ->
        [with] 包括
       *[without] 不包括
    }许可证密钥。
org-access-mail-manager-subject = 您现在管理 { $organisation } 的许可证
org-access-mail-manager-body = { $actor } 已将您设为 { $organisation } 的管理员：您可以查看并管理其所有许可证。
org-access-mail-ended-subject = { $consultant } 对 { $organisation } 的访问权限已结束
org-access-mail-ended-body = { $consultant } 对 { $organisation } 许可证的只读访问权限已结束。
audit-action-organisation-manager-added = 已添加组织管理员
audit-action-organisation-manager-removed = 已移除组织管理员
audit-action-organisation-access-granted = 已授予顾问访问权限
audit-action-organisation-access-revoked = 已撤销顾问访问权限
audit-action-key-viewed = 已向顾问显示许可证密钥
## Organisations — organisations themselves
org-title = 组织
org-nav-organisations = 组织
org-none = 您没有需要照管的组织。管理员或组织的管理者可以为您授予访问权限。
org-none-yet = 还没有组织。许可证会随其密钥带来所属组织，您也可以在下方创建。
org-col-name = 组织
org-col-licences = 许可证
org-col-managers = 管理者
org-no-managers = 没有管理者
org-new-heading = 新建组织
org-name-label = 名称
org-create-button = 创建组织
org-name-blank = 请输入名称。
org-name-too-long = 名称最多 { $max } 个字符。
org-name-control = 名称不能包含控制字符。
org-name-taken = 已存在同名组织：
org-back-to-list = ← 所有组织
org-licence-count = { $count ->
   *[other] { $count } 个许可证
}
org-link-people = 管理者和顾问
org-link-dashboard = 仪表板
org-link-coterm = 统一到期规划
org-link-report = 月度报告
org-rename-heading = 重命名
org-rename-button = 重命名
org-merge-link = 合并到另一个组织…
org-merge-title = 合并 { $name }
org-merge-intro = 其许可证和管理者将转到您选择的组织，顾问的访问权限将结束，此组织随后被删除。
org-merge-into-label = 合并到
org-merge-next = 继续
org-merge-no-other = 没有可合并到的其他组织。
org-merge-into-itself = 组织不能合并到自身。
org-merge-confirm = 将 { $from } 合并到 { $into }？
org-merge-licences = { $count ->
   *[other] 转移 { $count } 个许可证
}
org-merge-managers = { $count ->
   *[other] 转移 { $count } 位管理者
}
org-merge-grants = { $count ->
   *[other] { $count } 项进行中的顾问访问权限将结束 (如仍需要，请在合并后的组织上重新授予)
}
org-merge-gone = 之后将删除 { $name }。
org-merge-button = 合并
org-cancel = 取消
org-belongs-to = 所属组织
org-no-organisation = 无组织
org-move-label = 移至组织
org-move-button = 移动
org-unknown = 请选择其中一个组织。
org-on-the-key = 密钥上的组织
org-flash-created = 已创建组织。
org-flash-renamed = 已重命名组织。
org-flash-merged = 已合并组织。
org-flash-licence-moved = 该许可证现在属于另一个组织。
org-import-column = 组织
org-import-joins = 加入 { $name }
org-import-new = 新组织 { $name }
audit-action-organisation-created = 已创建组织
audit-action-organisation-renamed = 已重命名组织
audit-action-organisations-merged = 已合并组织
audit-action-licence-organisation-moved = 许可证已移至另一个组织
org-cli-unknown = 没有组织使用此编号（参见 `licensedesk organisation list`）。
org-cli-merged = 已将 { $from } 合并到 { $into }：{ $count ->
   *[other] 转移了 { $count } 个许可证。
}

## 自动化：JSON API 及其令牌

audit-action-api-token-created = 已创建 API 令牌
audit-action-api-token-revoked = 已撤销 API 令牌
api-token-missing = 请发送个人访问令牌：Authorization: Bearer ldpat_…（可在您的账户页面创建）。
api-token-invalid = 该令牌不是本门户的：输错、被截断或从未在此创建。
api-token-expired = 该令牌已于 { $date } 过期。请在您的账户页面创建新令牌。
api-token-revoked = 该令牌已被撤销。请在您的账户页面创建新令牌。
api-token-account-disabled = 该令牌所属的账户已被停用。
api-token-read-only = 该令牌只能读取。要进行更改，请创建具有写入范围的令牌。
api-not-found = 这里什么也没有，或者没有该令牌可以查看的内容。
api-method-not-allowed = 此地址不接受该方法。它接受：{ $allow }。
api-too-large = 请求正文过大：此处最多 { $limit } 字节。
api-json-required = 请以 JSON 格式发送正文，并带上 Content-Type: application/json。
api-bad-json = 正文不是此地址接受的 JSON：{ $reason }
api-json-object = 正文应为一个字段带名称的 JSON 对象。
api-token-organisation-out-of-reach = 该令牌限定于其账户已无法访问的组织（访问权限已结束，或已被移除管理员身份）。请创建新令牌。
api-bad-dry-run = dry_run 的值为 true 或 false。
api-invalid = { $count ->
    [one] 有 1 个字段被拒绝：请查看 errors。
   *[other] 有 { $count } 个字段被拒绝：请查看 errors。
}
api-401-title = 需要令牌
api-404-title = 未找到
api-422-title = 已拒绝

## Automation — personal access tokens

token-heading = API 令牌
token-intro = 令牌让脚本或监控主机以您的身份、按您的权限使用 JSON API；您可以将其限制为只读或限定于一个组织。请像对待密码一样保管它。
token-none = 您没有 API 令牌。
token-col-name = 名称
token-col-scope = 范围
token-col-organisation = 许可证
token-col-created = 创建时间
token-col-expires = 到期
token-col-last-used = 最近使用
token-col-state = 状态
token-col-actions = 操作
token-scope-read = 只读
token-scope-write = 读写
token-all-visible = 您可见的全部
token-never = 从未
token-state-live = 有效
token-state-expired = 已过期
token-state-revoked = 已撤销
token-revoke-button = 撤销
token-new-heading = 新建令牌
token-name-label = 名称
token-name-hint = 用途，例如“monitor-01 上的 Nagios”。
token-scope-label = 范围
token-scope-read-option = 只读：列出并查看许可证
token-scope-write-option = 读写：还可更改您在网页上可以更改的内容
token-organisation-label = 许可证
token-organisation-all = 您可见的全部许可证
token-days-label = 有效天数
token-days-hint = 1 至 366 天；留空为 90 天。
token-create-button = 创建令牌
token-name-missing = 请为令牌命名。
token-name-too-long = 令牌名称最多 80 个字符。
token-name-unprintable = 名称包含控制字符，请重新输入。
token-days-invalid = 请输入 1 至 366 之间的整数天数。
token-organisation-unknown = 请选择您的一个组织，或您可见的全部许可证。
token-made-heading = 已创建令牌 { $name }
token-secret-label = 您的新令牌
token-made-copy = 请立即复制：它不会再次显示。
token-made-example = 例如：
token-revoke-title = 撤销令牌 { $name }？
token-revoke-body = 使用它的脚本将立即停止工作。
token-revoke-confirm = 撤销令牌
token-cancel = 取消
token-flash-revoked = 令牌已撤销。此后使用它的脚本将被拒绝。
token-cli-no-account = 没有地址为 { $email } 的账户。
token-cli-disabled = 账户 { $email } 已停用。
token-cli-organisation-unknown = 没有名称或编号为 { $organisation } 的组织（参见 `licensedesk organisation list`）。
token-cli-organisation-not-reached = { $email } 既不管理该组织，也没有对它的有效访问权限。
token-cli-created = 已为 { $email } 创建令牌 { $id }（{ $name }），到期日为 { $expires }（UTC）。
token-cli-none = 没有令牌。
token-cli-col-id = 编号
token-cli-col-account = 账户
token-cli-all = 该账户可见的全部
token-cli-not-found = { $email } 没有编号为 { $id } 的有效令牌（参见 `licensedesk token list`）。
token-cli-revoked = 已撤销 { $email } 的令牌 { $id }。
## Automation — role mailboxes
mailbox-heading = 角色邮箱
mailbox-intro-organisation = 这些共享地址无需成为账户即可接收 { $organisation } 的提醒和通知：支持和评估提醒、许可证联系人的变更以及月度报告。
mailbox-intro-portal = 这些共享地址无需成为账户即可接收每个许可证的提醒以及 Data Center 截止日期提醒。
mailbox-none = 还没有角色邮箱。
mailbox-col-address = 地址
mailbox-col-language = 语言
mailbox-col-added = 添加者
mailbox-remove-link = 移除
mailbox-add-heading = 添加角色邮箱
mailbox-address-label = 地址
mailbox-address-hint = 共享地址，例如 licences@customer.example。它不会成为账户，也无法登录。
mailbox-language-label = 邮件语言
mailbox-add-button = 添加邮箱
mailbox-already = { $address } 已经是此处的角色邮箱。
mailbox-language-unknown = 请选择四种语言之一。
mailbox-remove-title = 移除角色邮箱
mailbox-remove-body-organisation = { $address } 将不再接收 { $organisation } 的提醒和通知。
mailbox-remove-body-portal = { $address } 将不再接收门户的提醒。
mailbox-remove-button = 移除邮箱
mailbox-cancel = 取消
mailbox-read-only = 只有管理员或该组织的管理员可以更改其角色邮箱。
mailbox-mail-reminder-why-organisation = 此地址作为 { $organisation } 的角色邮箱接收其提醒。提醒会在到期前 { $schedule } 天发送。
mailbox-mail-reminder-why-portal = 此地址作为门户的角色邮箱接收门户的提醒。提醒会在到期前 { $schedule } 天发送。
mailbox-mail-cutoff-why = 此地址作为门户的角色邮箱接收门户的提醒。提醒会在每个 Data Center 截止日期前 { $schedule } 天发送。
mailbox-mail-contacts-subject = { $licence } 的联系人已变更
mailbox-mail-contact-added = 供您备案：{ $actor } 已将 { $email } 添加为许可证 { $licence }（{ $name }）的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。
mailbox-mail-contact-removed = 供您备案：{ $actor } 已将 { $email } 从许可证 { $licence }（{ $name }）的{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }中移除。
mailbox-mail-primary-changed = 供您备案：{ $actor } 已将 { $email } 设为许可证 { $licence }（{ $name }）的主要{ $role ->
        [technical] 技术联系人
       *[billing] 账单联系人
    }。
mailbox-mail-contacts-why = 此地址作为 { $organisation } 的角色邮箱接收其通知。
mailbox-mail-report-why = 此地址作为 { $organisation } 的角色邮箱接收其月度报告。管理员或组织管理员可在此关闭该报告：
mailbox-cli-added = { $address } 现在接收 { $owner } 的邮件。
mailbox-cli-removed = { $address } 不再接收 { $owner } 的邮件。
mailbox-cli-portal = 门户
mailbox-cli-none = 没有角色邮箱。
mailbox-cli-not-found = 此处没有该地址的角色邮箱（请参阅 `licensedesk organisation mailbox list`）。
audit-action-mailbox-added = 已添加角色邮箱
audit-action-mailbox-removed = 已移除角色邮箱
## Automation — calendar feed and auditor exports
feed-heading = 日历订阅
feed-intro = 日历订阅会把您可见的每个许可证的支持到期日、许可证到期日和评估结束日放入您的日历程序，并按门户的提醒阈值设置提醒。其地址是保密的：任何拿到该地址的人都能看到这些日期。
feed-none = 您还没有日历订阅。
feed-active = 您的日历订阅创建于 { $date }。其地址只在创建时显示过一次。
feed-create = 创建日历订阅
feed-regenerate = 生成新地址
feed-regenerate-hint = 新地址会取代旧地址，旧地址立即失效。
feed-revoke = 停用日历订阅
feed-created-title = 您的日历订阅
feed-created-lead = 这是您日历订阅的地址。它只显示这一次：请把它复制到您的日历程序中。如果丢失，请生成新地址。
feed-url-label = 订阅地址
feed-how-heading = 如何订阅
feed-how-thunderbird = Thunderbird：在日历中选择“新建日历”，然后选择“在网络上”，把地址粘贴为位置并确认。
feed-how-outlook = Outlook：选择“添加日历”，然后选择“从 Web 订阅”（桌面程序中为“从 Internet”），粘贴地址并确认。
feed-how-refresh = 日历程序每隔几小时重新获取一次订阅；新的许可证和更改后的日期届时出现。
feed-back = 返回您的账户
feed-revoke-title = 停用日历订阅？
feed-revoke-body = 订阅地址立即失效。已订阅的日历保留已获取的日期，但不再获得新的日期。
feed-revoke-button = 停用订阅
feed-cancel = 取消
feed-flash-revoked = 您的日历订阅已停用。
feed-calendar-name = { $portal }（{ $host }）：{ $account } 的许可证
feed-event-support = 支持到期：{ $licence }
feed-event-licence = 许可证到期：{ $licence }
feed-event-evaluation = 评估结束：{ $licence }
feed-licence = { $product }：{ $name }（{ $sen }）
feed-licence-no-sen = { $product }：{ $name }
feed-description-organisation = 组织：{ $organisation }
feed-description-no-organisation = 组织：无
feed-description-link = 许可证页面：{ $url }
feed-alarm = { $days } 天后：{ $what }
audit-action-calendar-feed-created = 已创建日历订阅
audit-action-calendar-feed-regenerated = 已更换日历订阅地址
audit-action-calendar-feed-revoked = 已停用日历订阅
feed-audit-download = 将这些条目下载为 CSV
feed-audit-download-hint = 文件包含筛选条件找到的条目，最新的在前，最多 { $max } 条。
feed-orders-download = 将这些订单下载为 CSV
feed-orders-download-hint = 您在此可见的所有订单，最新的在前（最多 { $max } 条）。
## Automation — webhooks
hook-title = Webhook
hook-intro = Webhook 通过一个用其密钥签名的 HTTPS 请求，把门户中的事件通知给另一个系统（聊天频道、工单系统或您自己的服务）。组织的 Webhook 只接收该组织许可证的事件；整个门户的 Webhook 接收所有事件。
hook-empty = 尚无 Webhook。
hook-col-url = 地址
hook-col-format = 格式
hook-col-scope = 适用于
hook-col-events = 事件
hook-col-created = 排队时间
hook-col-event = 事件
hook-col-state = 状态
hook-col-attempts = 尝试次数
hook-col-last-error = 最后一次错误
hook-col-actions = 操作
hook-scope-portal = 整个门户
hook-format-json = 通用 JSON
hook-format-slack = Slack
hook-format-teams = Microsoft Teams
hook-event-support-expiring = 支持即将到期
hook-event-licence-expired = 许可证已过期
hook-event-evaluation-ending = 评估许可证即将结束
hook-event-primary-changed = 主要联系人已更改
hook-event-import-applied = 导入已应用
hook-event-diagnosis-findings = 诊断发现问题
hook-event-test = 测试事件
hook-new-heading = 新建 Webhook
hook-field-url = 地址（http:// 或 https://）
hook-field-format = 格式
hook-field-scope = 组织
hook-field-events = 事件
hook-create = 创建 Webhook
hook-form-invalid = 未创建 Webhook：请更正下面标出的字段。
hook-error-url-empty = 请输入接收事件的地址。
hook-error-url-too-long = 地址超过 2,000 个字符。
hook-error-url-scheme = 地址必须以 http:// 或 https:// 开头。
hook-error-url-no-host = 地址中没有主机名。
hook-error-url-credentials = 地址中不得包含用户名或密码：接收方应改为验证签名。
hook-error-url-characters = 地址中不得包含空格或控制字符。
hook-error-format = 请选择一种格式。
hook-error-organisation = 请从列表中选择一个组织，或选择整个门户。
hook-error-events = 请至少选择一个事件。
hook-page-title = Webhook { $id }
hook-language = 文本语言
hook-created = 创建时间
hook-secret = 签名密钥
hook-secret-hint = 每次投递都带有请求头 X-Licensedesk-Signature: sha256=，后接以此密钥计算的请求正文 HMAC-SHA256 十六进制值。接收方计算同样的值，并丢弃不一致的请求。
hook-send-test = 发送测试事件
hook-delete = 删除
hook-delete-title = 删除 Webhook { $id }？
hook-delete-question = { $url } 将不再收到事件通知。尚未完成的投递将被丢弃；已完成的投递仍会列出。
hook-delete-confirm = 删除 Webhook
hook-cancel = 取消
hook-back = 返回 Webhook 列表
hook-deliveries-heading = 最近的投递
hook-deliveries-empty = 尚无投递。
hook-air-gapped = 投递在发件箱中等待，直到服务器能访问其地址；失败后会在 1 分钟、5 分钟、30 分钟、2 小时和 12 小时后重试，之后标记为失败。在没有网络的站点上，它们会一直排队。
hook-retry = 重新发送
hook-retry-refused = 此投递没有失败，或其 Webhook 已被删除：没有可重新发送的内容。
hook-text-support-expiring = { $licence } 的支持将在 { $days } 天后（{ $date }）到期。
hook-text-evaluation-ending = 评估许可证 { $licence } 将在 { $days } 天后（{ $date }）结束。
hook-text-licence-expired = 许可证 { $licence } 已于 { $date } 过期。
hook-text-primary-technical = { $person } 现在是 { $licence } 的主要技术联系人。
hook-text-primary-billing = { $person } 现在是 { $licence } 的主要账单联系人。
hook-text-import-applied = 一次导入新增了 { $added } 个许可证，更新了 { $updated } 个，跳过了 { $skipped } 个。
hook-text-diagnosis-findings = 对 Server ID { $server } 的诊断发现：{ $findings }。
hook-text-test = 来自 licensedesk 的测试事件：此 Webhook 可以访问。
audit-action-webhook-created = 已创建 Webhook
audit-action-webhook-deleted = 已删除 Webhook
audit-action-webhook-tested = 已发送 Webhook 测试事件
audit-action-webhook-delivery-requeued = Webhook 投递已重新排队
hook-enabled = 已启用
hook-paused = 已暂停
hook-pause = 暂停
hook-resume = 恢复
hook-error-enabled = 表单没有说明要暂停还是恢复此 Webhook。
audit-action-webhook-enabled = 已恢复 Webhook
audit-action-webhook-disabled = 已暂停 Webhook

## Automation — the API's contacts, orders, installations and audit log

api-people-409-title = 当前状态下无法执行
api-people-audit-narrowed = 限定于某个组织的令牌不能读取整个审计日志。请使用不限定组织的管理员令牌。

## Automation — check
# The monitoring check's status line and lines (`licensedesk check`). OK, WARNING, CRITICAL and
# UNKNOWN, and the perfdata labels, are words of the plugin protocol and stay as they are.
check-cli-nothing-ends = 已检查 { $count } 个许可证，{ $days } 天内没有到期项
check-cli-attention = { $count } 个许可证需要关注：{ $list }
check-cli-summary-item = { $licence }：{ $ending }
check-cli-and-more = 另有 { $count } 个
check-cli-licence-with-sen = { $product }（{ $sen }）
check-cli-licence-without-sen = { $product }（许可证 { $id }）
check-cli-line = { $licence }，{ $organisation }：{ $endings }
check-cli-line-no-organisation = { $licence }：{ $endings }
check-cli-ending-on = { $ending }（{ $date }）
check-cli-licence-ends = { $days ->
    [0] 许可证今天到期
   *[other] 许可证 { $days } 天后到期
}
check-cli-licence-ended = 许可证已于 { $days } 天前到期
check-cli-support-ends = { $days ->
    [0] 支持今天结束
   *[other] 支持 { $days } 天后结束
}
check-cli-support-ended = 支持已于 { $days } 天前结束
check-cli-evaluation-ends = { $days ->
    [0] 评估今天结束
   *[other] 评估 { $days } 天后结束
}
check-cli-evaluation-ended = 评估已于 { $days } 天前结束
check-cli-unknown-organisation = 没有名称或编号为“{ $organisation }”的组织（请参阅 `licensedesk organisation list`）
check-cli-malformed-sen = “{ $sen }”不是 SEN（应为 SEN- 后接字母和数字）
check-cli-unknown-sen = 没有 SEN 为 { $sen } 的许可证
check-cli-critical-after-warning = --critical（{ $critical }）不得大于 --days（{ $days }）
check-cli-too-many-days = { $days } 天超出了阈值的上限（最多 { $max }）
check-cli-bad-arguments = { $error }（请参阅 `licensedesk check --help`）
check-cli-no-database = { $path } 中没有数据库（请用 --data-dir 指定门户的数据目录）
check-cli-cannot-read = 无法读取数据库 { $path }：{ $error }
check-cli-failed = 检查失败：{ $error }
check-cli-no-token = --url 需要个人访问令牌：请提供 --token 或设置 LICENSEDESK_TOKEN
check-cli-bad-url = “{ $url }”不是门户地址（http:// 或 https://）
check-cli-unreachable = 无法访问 { $url }：{ $error }
check-cli-token-refused = 令牌被拒绝（{ $status }）：{ $detail }
check-cli-http-status = 门户返回 { $status }：{ $detail }
check-cli-not-a-report = { $url } 的响应不是检查报告
check-api-days = 天数须为 0 到 { $max } 之间的整数。

## Automation — the API's import, export and diagnosis
api-data-bad-flag = { $name } 只能是 true 或 false。
api-data-import-narrowed = 限定于一个组织的令牌不能导入：导入添加的许可证会加入其密钥所写的组织。请使用可访问您账户全部内容的令牌。
api-data-import-content-type = 请将密钥作为请求正文发送（Content-Type: text/plain），或以 text/csv 或 application/json 发送本门户自己的导出文件。
api-data-diagnose-content-type = 请以 JSON 发送安装的文本（{"{"}"text": "…"{"}"}，Content-Type: application/json），或以 Content-Type: application/zip 发送支持 zip 包。

## Automation — the API's licence changes
api-lic-outside-organisation = 此密钥指明的组织为“{ $named }”，因此该许可证不会属于 { $organisation }，而这是此令牌唯一能访问的组织。请使用不限于某个组织的令牌添加它。
api-lic-amount-malformed = 请以数字字符串给出金额，小数点（英文句点）后最多两位，例如 "1200" 或 "1200.50"。

## 网页诊断、已记录的安装、提醒的地址和邮件措辞
# 命令行列出其选项之处，“诊断”页面所用的措辞。
diagnose-page-advice-server-id-mismatch = 继续使用该密钥：无需新密钥。请用本页上的“更新”按钮将记录中的 Server ID 更新为该安装的 Server ID；旧值会保留在许可证的 Server ID 历史中。
diagnose-page-advice-key-not-in-inventory = 请在“导入”页面添加该密钥，以便门户了解此许可证。
diagnose-page-advice-no-licence = 请在产品的管理界面中应用许可证。如果产品将许可证保存在无法读取的数据库中，请运行所示的 SQL，并将密钥粘贴到查询下方的字段中。
diagnose-page-advice-cannot-tell = 在产品的数据库上运行所示的 SQL，并将结果粘贴到查询下方的字段中。
diagnose-page-note-no-server-id = 无法读取该安装的 Server ID，因此未比较 Server ID；请在 Server ID 字段中输入它，然后重新诊断。
install-page-note-bitbucket-no-jdbc-url = { $file } 中没有 jdbc.url：此时 Bitbucket 使用其内嵌的 H2 数据库，Bitbucket 运行期间无法读取；请将 管理 > 许可 中的 Server ID 输入到 Server ID 字段，或手动运行：{ $sql }
install-page-note-bitbucket-not-read = { $reason }：Bitbucket 将其 Server ID 保存在数据库中；请在 Server ID 字段中输入它（Bitbucket 在 管理 > 许可 中显示）
install-page-note-failed-ask-server-id = { $failure }；请在 Server ID 字段中输入 Server ID
install-page-note-jira-no-jdbc-url = { $file } 中没有 jdbc-datasource/url：保存 Jira 的 Server ID 和许可证的数据库未知；请在 Server ID 字段中输入 Server ID（Jira 在 管理 > 系统 > 系统信息 中显示）
install-page-note-jira-not-read = { $reason }：Jira 将其 Server ID 和许可证保存在数据库中；请在 Server ID 字段中输入 Server ID（Jira 在 管理 > 系统 > 系统信息 中显示）
install-page-note-fisheye-no-server-id = Fisheye/Crucible 不在 config.xml 中保存其 Server ID；请在 Administration > System Settings > System Info 中查看，并输入到 Server ID 字段
install-page-found-backup-no-server-id = { $file } 中没有 jira.sid.key 属性，因此此备份未说明 Server ID；请在 Jira 的 管理 > 系统 > 系统信息 中查看，并输入到 Server ID 字段
install-page-not-connecting = 未读取数据库（“诊断”页面从不连接数据库）
# 在“诊断”页面记录安装。
diagnose-record-legend = 记录此安装
diagnose-record-label = 记录到门户中
diagnose-record-hint = 它会列在所用许可证的“安装位置”下。只能记录您有权更改的许可证的安装。
diagnose-record-name-label = 标签
diagnose-record-name-hint = 安装的名称，例如“wiki 生产”。以相同的标签和主机再次记录会替换之前的记录。
diagnose-record-host-label = 主机（可选）
diagnose-record-host-hint = 运行它的机器，例如 web01.example.com。
diagnose-record-label-missing = 请为安装提供标签以便记录。
diagnose-record-text-invalid = 最多 { $max } 个字符，不能换行。
diagnose-record-no-licence = 未记录任何内容：该安装的密钥中没有您有权更改的许可证。
diagnose-record-not-yours = 未记录任何内容：该安装使用了您只能查看的许可证。
diagnose-record-label-taken = 此主机上已有另一个使用此标签的已记录安装；请选择其他标签。
diagnose-recorded = 已记录为 { $host } 上的“{ $label }”。
# 删除已记录的安装。
installation-none = —
installation-read-only = 您只能查看此安装的许可证，不能更改，因此无法删除它。
installation-deleted = 已删除该安装。
installation-delete-title = 删除已记录的安装？
installation-delete-question = { $host } 上的“{ $label }”（{ $product }，Server ID { $server_id }）将从安装列表中移除。
installation-delete-recorded = 由 { $by } 于 { $date } 记录。
installation-delete-licences = 它将不再列在以下许可证的“安装位置”下：
installation-delete-keeps = 许可证本身不会改变。再次记录该安装（“诊断”页面或命令行）后，它会重新列出。
installation-delete-button = 删除安装
installation-cancel = 取消
installation-column-actions = 操作
installation-delete-link = 删除…
installation-delete-named = 删除安装“{ $label }”
audit-action-instance-recorded = 已记录安装
audit-action-instance-deleted = 已删除安装
# 邮件：许可证只提一次名称，仅当名称中没有产品时才加上产品。
mail-product-and-name = { $product } { $name }
mail-licence-with-sen = { $name }（{ $sen }）
reminders-cli-no-base-url = 未指定 --base-url，且此数据目录中尚无服务器保存其地址：邮件中的链接指向 { $url }。
## Accounts — consolidation in the navigation, sign-in and invitations, import previews
nav-consolidate = 账户归集
people-plan-heading = { $product }：{ $name }
people-plan-heading-sen = { $product }：{ $name }（{ $sen }）
people-request-waiting-for-you = 正在等待您接受，截止到 { $date }。
sign-in-account-disabled = 此账户已停用。请联系本门户的管理员重新启用。
invitation-name-hint = 其他人在门户及其邮件中看到的您的姓名。
import-where-pasted = 在粘贴的文本中
import-where-pasted-line = 粘贴的文本第 { $line } 行
import-where-pasted-reference = 粘贴的文本中的 { $reference }
import-where-file-line = { $file } 第 { $line } 行
## 管理——网页上的账户管理、以 zip 下载发件箱、审计日志中的更改
admin-invite-heading = 邀请用户
admin-invite-hint = 邀请会放入发件箱，其中带有设置密码的链接；该链接只能使用一次，7 天内有效。
admin-invite-email = 电子邮件地址
admin-invite-name = 姓名（可选）
admin-invite-language = 邀请所用语言
admin-invite-admin = 管理员（可查看和更改所有许可证和账户）
admin-invite-button = 发送邀请
admin-invite-taken = { $email } 已有账户。
admin-flash-user-invited = 已邀请该用户：邀请已放入发件箱。
admin-reset-link-button = 发送重置链接
admin-reset-link-title = { $email } 的重置链接
admin-reset-link-refused = 只能向活跃账户发送密码重置链接；此账户{ $state ->
        [invited] 已邀请：请改为重新发送邀请
       *[disabled] 已停用
    }。
admin-flash-reset-link-sent = 密码重置链接已放入发件箱；该链接只能使用一次，一小时内有效。
admin-role-make-link = 设为管理员
admin-role-remove-link = 取消管理员
admin-role-make-title = 将 { $email } 设为管理员？
admin-role-remove-title = 取消 { $email } 的管理员权限？
admin-role-make-body = { $email } 将可以查看和更改所有许可证和账户，查看审计日志和发件箱，并可将他人设为管理员。
admin-role-remove-body = { $email } 将只能看到自己作为联系人的许可证，不再能访问管理页面。账户的其他方面不变。
admin-role-remove-yourself = 这是您自己的账户：确认后，您将立即无法访问管理页面。
admin-role-make-button = 设为管理员
admin-role-remove-button = 取消管理员
admin-role-last-admin = { $email } 是最后一个活跃的管理员。请先将另一个账户设为管理员。
admin-role-choice-missing = 表单未说明该账户是否成为管理员。请使用确认页面上的按钮。
admin-flash-admin-granted = 该账户现在是管理员。
admin-flash-admin-revoked = 该账户不再是管理员。
admin-audit-refused = 请更正上面标出的筛选条件：未进行任何搜索。
admin-audit-added = 已添加
admin-audit-removed = 已删除
admin-outbox-zip = { $count ->
       *[other] 将全部 { $count } 封邮件下载为 .eml 文件（zip）
    }
admin-outbox-zip-hint = 每次下载最多 { $max } 封邮件；选择一个状态可下载更少的邮件。
admin-outbox-zip-too-many = 发件箱中有 { $count } 封此类邮件，超过一次下载的上限（{ $max }）。请选择一个状态以下载更少的邮件，或在服务器上用以下命令全部导出：licensedesk outbox export DIR
audit-action-reset-link-sent = 已发送密码重置链接
audit-action-admin-granted = 已设为管理员
audit-action-admin-revoked = 已取消管理员权限
## 许可证详情页及其操作
details-error-summary-title = { $n ->
   *[other] 有 { $n } 个字段需要修改：
}
details-confirm-subject = { $product } · { $name } · SEN 编号 { $sen }
details-gate-where-intro = 各产品显示 Server ID 的位置：
details-gate-where-jira = Jira：管理 › 系统 › 系统信息
details-gate-where-confluence = Confluence：管理 › 常规配置 › 系统信息
details-gate-where-bitbucket = Bitbucket：管理 › 设置 › 许可
details-gate-where-bamboo = Bamboo：管理 › 系统 › 系统信息
details-gate-where-crowd = Crowd：管理 › 许可
details-gate-where-fisheye = Fisheye 和 Crucible：管理 › 全局设置 › 许可证
details-gate-server-id-hint = 此密钥所属安装的 Server ID：四组，每组四个字母或数字，例如 BG9T-XUV4-KZZH-B01W。
details-upgrade-unlimited = 此许可证已是无限用户：没有更高的用户层级可以升级。
details-key-on-record = 记录中的许可证密钥适用于 { $users }（许可证现为 { $tier }）：请添加升级后的密钥。
details-add-upgraded-key = 添加升级后的密钥
details-reason-evaluation = 新评估
details-reason-by-hand = 手动录入
details-evaluation-dates-unusual = 此评估许可证的开始和结束日期异常：请检查下面的日期。
details-developer-unknown-action = 此页面不支持该操作。
details-developer-not-chosen = 请选择一个开发者许可证。
details-developer-not-developer = 只有开发者许可证可以关联到生产许可证。
details-developer-already-linked = 该开发者许可证已关联到一个生产许可证：请先在那里取消关联。
details-developer-not-linked = 该开发者许可证未关联到此许可证。
details-developer-link-title = 关联开发者许可证？
details-developer-unlink-title = 取消关联开发者许可证？
details-developer-link-intro = { $developer } 将关联到 { $production }：其支持到期日将跟随生产许可证，生产许可证的联系人也将成为它的联系人。
details-developer-unlink-intro = { $developer } 将不再关联到 { $production }。它保留自己的支持到期日和联系人，不再跟随生产许可证的续订。
details-developer-link-confirm = 关联开发者许可证
details-developer-unlink-confirm = 取消关联开发者许可证
details-developer-unlink-button = 取消关联
details-developer-link-heading = 关联已有的开发者许可证
details-developer-link-label = 开发者许可证
details-developer-link-hint = 未关联任何生产许可证、且你有权修改的开发者许可证。
details-developer-link-button = 关联…
details-flash-developer-linked = 开发者许可证已关联。
details-flash-developer-unlinked = 开发者许可证已取消关联。
audit-action-developer-licence-unlinked = 开发者许可证已取消关联
## 许可证列表 — 列、排序、展开的行和概览
list-col-state = 状态
list-col-open = 详细信息
list-open-row = 显示详细信息：
list-close-row = 隐藏详细信息：
list-state-active = 有效
list-search-label = 查找许可证
list-empty-import = 从文件导入许可证密钥或粘贴密钥
list-empty-add = 手动添加许可证
list-summary-label = 您的许可证概览
list-summary-licences = { $count ->
   *[other] 您有 { $count } 个许可证。
}
list-summary-expiring = { $count ->
    [0] 没有许可证的支持在 { $days } 天内到期。
   *[other] 其中 { $count } 个的支持在 { $days } 天内到期。
}
list-summary-consolidations = { $count ->
   *[other] 有 { $count } 个授权账户归集请求等待您的答复。
}
list-sorted-ascending = （已排序，升序）
list-sorted-descending = （已排序，降序）
list-compatibility = 兼容性
list-bad-sort = 列表可按支持到期（最早或最晚在前）、产品、组织或 SEN 排序。
list-bad-open = 要展开的行须以许可证的编号指定。
list-compatibility-note = 可运行 { $product } { $version } 及更早的版本（版本表中在支持到期前发布的最新版本），包含 { $tier }。
