# licensedesk: 日本語。SEN と Server ID はどの言語でもそのまま。
# 文は です・ます 調、ボタンやラベルは短い名詞形。

## すべての訪問者が目にするページ：ナビゲーション、サインイン、エラー、インポートとエクスポート

product-name = licensedesk
skip-to-content = コンテンツへスキップ
nav-licences = ライセンス
nav-evaluations = 評価ライセンス
nav-orders = 注文
nav-import = インポート
nav-diagnose = 診断
nav-admin = 管理
nav-signed-in-as = サインイン中：
nav-sections-label = セクション
sign-out = サインアウト
sign-in-title = サインイン
sign-in-button = サインイン
email-label = メール アドレス
password-label = パスワード
stay-signed-in = サインインしたままにする
stay-signed-in-hint = このブラウザーで 30 日間有効です。共用のコンピューターではチェックしないでください。
sign-in-failed = メール アドレスとパスワードが一致するアカウントがありません。
sign-in-try-again-in = サインインの失敗が多すぎます。{ $seconds } 秒後にもう一度お試しください。
signed-out = サインアウトしました。
setup-title = 管理者アカウントの作成
setup-intro = licensedesk の初回起動です。ここで作成するアカウントは、すべてのライセンスとアカウントを管理します。このリンクは 1 回だけ使用できます。
setup-button = 管理者を作成
name-label = 名前
new-password-label = 新しいパスワード
confirm-password-label = パスワードの再入力
password-rules = 12 文字以上、72 バイト以内（英字なら 72 文字、日本語の文字ならおよそ 24 文字）。いくつかの単語を並べると良いパスワードになります。
passwords-differ = 2 つのパスワードが一致しません。
password-too-short = パスワードが短すぎます。12 文字以上にしてください。
password-too-long = パスワードが長すぎます。72 バイト以内にしてください（日本語の文字は 1 文字 3 バイトです）。
email-empty = メール アドレスを入力してください。
email-malformed = メール アドレスは name@example.com の形式です。
email-too-long = メール アドレスが長すぎます。アドレスは 254 バイト以内です。
link-invalid-title = このリンクは無効になりました
link-invalid-body = 使用済み、期限切れ、または最初から無効なリンクです。管理者に新しいリンクを依頼してください。
reset-title = 新しいパスワードの設定
reset-intro = { $email } の新しいパスワードを設定してください。このアカウントの他のセッションはすべて終了します。
invitation-title = licensedesk へようこそ
invitation-intro = { $email } として招待されました。パスワードを設定してアカウントを有効にしてください。
set-password-button = パスワードを設定
password-set = パスワードを設定しました。サインインしています。
setup-done = 管理者アカウントの準備ができました。サインインしています。
licences-title = ライセンス
licences-empty = ライセンスはまだありません。
error-400-title = リクエストを理解できませんでした
error-400-one-host = HTTP/1.1 のリクエストには Host ヘッダーがちょうど 1 つ必要です。
error-400-body-unreadable = リクエストの本文を読み取れませんでした：{ $error }
error-400-both-framings = Transfer-Encoding と Content-Length の両方が指定されています。
error-400-two-content-lengths = Content-Length ヘッダーが複数あります。
error-400-two-transfer-encodings = Transfer-Encoding ヘッダーが複数あります。
error-400-not-chunked = Transfer-Encoding の値は「chunked」でなければなりません。
error-403-title = 許可されていません
error-404-title = ページが見つかりません
error-404-body = このページは存在しないか、アクセス権がありません。
error-405-title = ここでは許可されていません
error-405-body = このアドレスは存在しますが、この種類のリクエストには対応していません（フォームの送信先をページとして開いた場合など）。前のページに戻り、ページ上のボタンを使用してください。
error-408-title = 時間切れ
error-408-body = 送信されたデータの到着が遅すぎたため、サーバーが待機を中止しました。もう一度お試しください。
error-413-title = サイズ超過
error-413-body = 送信されたデータが、このページで受け付けられるサイズを超えています。
error-429-title = 試行回数の超過
error-429-body = 試行回数が多すぎます。{ $seconds } 秒後にもう一度お試しください。
error-500-title = 問題が発生しました
error-500-body = サーバーはこのリクエストを完了できませんでした。何も変更されていません。再度発生する場合は、管理者に連絡してください。
error-503-title = ビジー
error-503-body = サーバーがビジー状態です。しばらくしてからもう一度お試しください。
csrf-refused = このフォームは期限切れか、このサイトから送信されたものではありません。ページを再読み込みして、もう一度お試しください。
back-home = ライセンス一覧に戻る
import-title = インポートとエクスポート
import-intro = ライセンス キーを貼り付けるか、キー ファイル、設定ファイル、またはこのポータルのエクスポートを選択してください。プレビューを確認するまで何も変更されません。
import-paste-label = キーの貼り付け
import-paste-hint = 1 つまたは複数のキーを、受け取ったままの形で貼り付けてください。メール本文、折り返しあり、CRLF やエスケープされた改行、XML や .properties ファイルの中でもかまいません。
import-files-label = またはファイルを選択
import-files-hint = キー ファイル、confluence.cfg.xml などのファイル、または licensedesk の CSV や JSON のエクスポート。
import-allow-unverified = 署名を検証できないキーもインポートする
import-allow-unverified-hint = それらは正規ではないものとしてマークされます。キーを検証できない理由がわかっている場合を除き、オフのままにしてください。
import-preview-button = インポートのプレビュー
import-nothing = キーを 1 つ以上貼り付けるか、ファイルを選択してください。
import-pasted-source = 貼り付けたテキスト
import-preview-title = インポートのプレビュー
import-preview-summary = 追加 { $added } 件、更新 { $updated } 件、スキップ { $skipped } 件、却下 { $rejected } 件。
import-add-heading = 追加する項目
import-update-heading = 更新する項目（ライセンスの更新または変更）
import-skip-heading = スキップする項目
import-rejected-heading = 却下
import-column-where = 場所
import-column-licence = ライセンス
import-column-reason = 理由
import-confirm-button = 今すぐインポート
import-cancel = キャンセル
import-nothing-to-do = インポートするものはありません。すべての項目がスキップまたは却下されます。
import-preview-expired = このプレビューは期限切れか、すでにインポート済みです。もう一度プレビューしてください。
import-done-title = インポート完了
import-done-summary = 追加 { $added } 件、更新 { $updated } 件、スキップ { $skipped } 件、却下 { $rejected } 件。
import-more = …ほか { $count } 件
import-too-many-keys = 1 回のインポートで扱える { $max } 件を超えるライセンス キーが含まれています。分割してインポートしてください。
import-preview-too-large = このインポートは大きすぎるため、プレビュー用に保持できません（{ $size } MiB。1 アカウントあたり最大 { $max } MiB）。分割してインポートしてください。
import-previews-full = サーバーが現在保持できるインポート プレビューの数が上限に達しています。いずれかのプレビューを確定またはキャンセルするか、数分後にもう一度お試しください。
import-read-stopped = { $at } で読み取りを中止しました。それ以降はデコードされていません。
import-preview-over-budget = このインポートは大きすぎるため、プレビュー用に保持できません（1 アカウントあたり { $max } MiB 超）。分割してインポートしてください。
import-changed-since-preview = プレビュー後にインベントリが変更されたため、現時点でインポートした場合の結果を表示しています。何もインポートされていません。内容を確認して、もう一度確定してください。
import-column-changes = 変更前 → 変更後
import-warnings-heading = 確定する前に確認してください
import-replace-genuine = 検証できないキーで正規のキーを置き換える（{ $count } 件）
import-replace-genuine-hint = これを選択しない場合、正規のキーを置き換える更新は除外され、それ以外がすべてインポートされます。
import-invite = このインポートで作成されるアカウントに招待を送信する
import-invite-hint = これを選択しない場合、新しい担当者アカウントは招待済みとして作成されますが、招待は送信されません（後で「管理」から送信できます）。更新のリマインダーは、これらを含むライセンスのすべての担当者に引き続き送信されます。
import-contacts-restored = ファイルには { $count } 件の担当者が含まれています。主担当者も含めてエクスポート時のとおりに復元されます。アカウントのないアドレスにはアカウントが作成されます（招待済み）。
import-installations-restored = ファイル内の記録済みインストール { $count } 件を、エクスポート時のとおりに再度記録します：
import-orders-ignored = ファイルには、主担当者としての注文 { $orders } 件と期間 { $terms } 件が含まれています。これらは管理者によるインポートでのみ復元されるため、インポートされません。
import-contacts-ignored = ファイルには { $count } 件の担当者が含まれていますが、インポートされません。「ライセンスを追加」と同様に、追加したすべてのライセンスの技術担当者はあなたになります。
import-held-back = 正規のキーを置き換えることになる更新 { $count } 件を除外しました。
import-invited = 招待 { $count } 件を送信キューに追加しました。
export-title = エクスポート
export-intro = 表示できるライセンスをダウンロードします。
export-csv = スプレッドシート用 CSV
export-json = JSON（そのまま再インポート可能）
export-keys = キー ファイル（<SEN>.txt、zip 圧縮）
export-bad-format = エクスポート形式を選択してください：csv、json、keys のいずれか。
export-cli-cannot-write-csv = CSV を書き込めません
export-cli-keys-need-folder = --format keys はライセンスごとに 1 つのファイルを書き込みます：-o DIR で出力先のフォルダーを指定してください
export-cli-cannot-create = { $path } を作成できません
export-cli-cannot-write = { $path } に書き込めません
export-cli-wrote-keys = キー ファイル { $count } 件を { $folder } に書き込みました。
backup-no-database = { $path } にデータベースがありません（データ ディレクトリは --data-dir で指定してください）
backup-exists = { $path } はすでに存在します。置き換えるには --force を指定してください
backup-cannot-replace = { $path } を置き換えられません
backup-cannot-back-up = { $source } を { $target } にバックアップできません
backup-integrity-failed = { $path } のバックアップは整合性チェックに失敗しました：{ $check }
backup-written = バックアップを { $path } に書き込みました（整合性チェック：ok）。
serve-first-run = 初回起動です。次のリンクで管理者アカウントを作成してください：{ $link }
serve-first-run-once = （このリンクは 1 回だけ使用できます。使用されるまで、起動のたびに新しいリンクが表示されます）
serve-mail-through = メールは { $server } 経由で配信されます
serve-mail-outbox = --smtp-url の指定がないため、メールは送信トレイ（「管理」›「送信トレイ」）で待機します
serve-connections-limit = 同時接続数は最大 { $connections }（オープン ファイル数の上限 { $limit }）
serve-connections = 同時接続数は最大 { $connections }
serve-stopping = licensedesk: 停止しています。処理中のリクエストは完了してから終了します
serve-cannot-empty-uploads = アップロード フォルダー { $path } を空にできません
import-cli-contact-unknown = --contact { $email }：このアドレスのアカウントはありません（`licensedesk user add` で作成してください）
import-cli-standard-input = 標準入力
import-cli-cannot-read-standard-input = 標準入力を読み取れません
import-cli-reading = キーを読み取り中
import-cli-importing = インポート中
import-cli-preview = プレビュー：追加 { $added } 件、更新 { $updated } 件、スキップ { $skipped } 件、却下 { $rejected } 件。
import-cli-dry-run = ドライ ラン：何も変更していません。
import-cli-nothing = インポートするものはありません。
import-cli-cannot-start = インポートを開始できません
import-cli-changed = プレビューの表示中にインベントリが変更されました：何もインポートしていません。もう一度インポートを実行してください
import-cli-failed = インポートに失敗したため、ロールバックしました：何も変更していません
import-cli-done = インポート完了：追加 { $added } 件、更新 { $updated } 件、スキップ { $skipped } 件、却下 { $rejected } 件。
import-cli-held-back = 正規のキーを検証できないキーで置き換えることになる更新 { $count } 件を除外しました（--replace-genuine を指定すると適用されます）。
import-cli-accounts-invited = 担当者アカウント { $count } 件を招待済みとして作成しました。管理ページまたは `licensedesk user reset-link` で招待を送信してください。
import-cli-add-heading = 追加：
import-cli-update-heading = 更新：
import-cli-skip-heading = スキップ：
import-cli-warnings-heading = 警告：
import-cli-rejected-heading = 却下：
import-cli-no-sen = （SEN なし）
import-cli-update = { $entry }（ライセンス { $licence }）：{ $changes }
import-change = { $field }：{ $before } → { $after }
import-heading-count = { $heading }（{ $count }）
import-entry = { $sen } · { $name }
import-field-sen = SEN
import-field-product = 製品
import-field-name = 名前
import-field-type = タイプ
import-field-deployment = デプロイ タイプ
import-field-user-tier = ユーザー階層
import-field-key = キー
import-field-server-id = Server ID
import-field-organisation = 組織
import-field-licensed-to = ライセンス所有者
import-field-purchased = 購入日
import-field-support-expiry = サポート期限
import-field-licence-expiry = ライセンスの有効期限
import-field-support-level = サポート レベル
import-field-auto-renew = 自動更新
import-field-archived = アーカイブ済み
import-field-evaluation = 評価
import-field-notes = メモ
import-value-empty = —
import-value-unlimited = 無制限
import-value-key-genuine = …{ $tail }（正規）
import-value-key-not-genuine = …{ $tail }（正規ではない）
import-value-yes = はい
import-value-no = いいえ
import-skip-added-earlier = 同じライセンスが、このインポートの前の項目（{ $first }）で追加されます
import-skip-key-earlier = 同じキーが、このインポートの前の項目（{ $first }）にあります
import-skip-already-in-inventory = すでにインベントリにあります（ライセンス { $licence }）
import-skip-already-in-inventory-unnamed = すでにインベントリにあります
import-skip-changed-by-earlier = ライセンス { $licence } は、このインポートの前の項目（{ $first }）で変更されます
import-skip-unchanged = 変更なし（ライセンス { $licence }）
import-refusal-cannot-read = 読み取れません：{ $detail }
import-refusal-link-to-folder = フォルダーへのシンボリック リンクです：たどりません（フォルダー自体を指定してください）
import-refusal-broken-link = リンク切れのシンボリック リンクです：{ $detail }
import-refusal-not-regular-file = 通常のファイルではありません（FIFO、ソケット、デバイス）：スキップしました
import-refusal-read-already = すでに読み取り済みです（同じフォルダーに 2 回到達しました）
import-refusal-cannot-list = 内容を一覧表示できません：{ $detail }
import-refusal-too-large = { $length } バイトあり、インポートで受け付けるサイズ（{ $max } バイト）を超えています
import-refusal-grew-while-read = 読み取り中に、インポートで受け付ける { $max } バイトを超えました
import-refusal-binary = テキスト ファイルではありません（バイナリ データが含まれています）
import-refusal-no-key-found = このファイルにライセンス キーが見つかりません
import-refusal-key-like = ライセンス キーのようですが、読み取れません：{ $error }
import-refusal-not-genuine = 署名を検証できません：正規の Atlassian キーではありません（それでもインポートするには、検証できないキーを許可してください。正規ではないものとしてマークされます）
import-refusal-not-an-export = 有効な licensedesk のエクスポートではありません：{ $detail }
import-refusal-unsupported-version = エクスポートのバージョン { $version } はサポートされていません（この licensedesk が読み取れるのはバージョン { $oldest }～{ $newest } です）
import-refusal-reference-twice = 参照 { $reference } がこのエクスポートに 2 回出現します
import-refusal-chained-production = production_licence { $production } 自体が本番ライセンスに関連付けられています
import-refusal-dangling-installation = このエクスポートにないライセンス { $reference } を指しています
import-refusal-installations-admin-only = エクスポート内のインストールを復元できるのは管理者のみです
import-refusal-semicolon-sheet = 列がセミコロンで区切られています：シートをカンマ区切りの CSV として保存してください（ポータル自身のエクスポートはカンマ区切りです）
import-refusal-unknown-sheet-columns = ポータルのエクスポートのシートではありません：1 行目には CSV エクスポートの列名が必要です（列名はエクスポートして確認してください）
import-refusal-csv-field-count = この行は { $found } 列ですが、シートの 1 行目は { $expected } 列です
import-refusal-csv-header = 有効な CSV ヘッダーではありません：{ $detail }
import-refusal-csv-row = 有効な CSV 行ではありません：{ $detail }
import-refusal-unknown-csv-reference = ref { $raw } は、このポータルが書き出した参照ではありません（新しいライセンスの場合は空欄にしてください）
import-refusal-not-a-contact = あなたが担当者ではないライセンスに、この SEN またはキーがあります。インポートは管理者に依頼してください
import-refusal-key-on-other-licence = このキーはすでにライセンス { $licence } にあります
import-refusal-key-on-other-licence-unnamed = このキーはすでに別のライセンスにあります
import-refusal-would-replace-genuine = このキーは検証できず、ライセンス { $licence } の正規のキーを置き換えることになります。これができるのは管理者のみです
import-refusal-already-the-key = このキーはすでにこのライセンスのキーです
import-refusal-would-replace-own-genuine-key = このキーは検証できず、現在のキーは正規のキーです。置き換えられるのは管理者のみです
import-invalid-empty-product = 製品が空です
import-invalid-sen-too-long = sen { $value }：SEN は最大 { $max } 文字です
import-invalid-sen-malformed = sen { $value }：SEN は「SEN-」の後に英字、数字、ハイフンが続く形式です（例：SEN-1234567）
import-invalid-notes-too-long = メモが { $max } 文字を超えています
import-invalid-notes-control-character = メモに制御文字が含まれています（メモで使用できる制御文字は改行とタブのみです）
import-invalid-server-id = server_id { $value }：Server ID は英数字 4 文字 × 4 グループです（例：BG9T-XUV4-KZZH-B01W）
import-invalid-user-tier = ユーザー階層 { $value } は数値でも「unlimited」でもありません
import-invalid-negative-user-tier = user_tier { $tier } はユーザー数ではありません（0 以上の数値、または無制限の場合は null）
import-invalid-deployment = deployment { $value } は「server」でも「data-center」でもありません
import-invalid-date = { $column } { $value } は日付ではありません（例：2026-11-21）
import-invalid-yes-no = { $column } { $value } は「yes」でも「no」でもありません
import-invalid-unknown-production = production_licence { $production } はこのエクスポートのライセンスではありません
import-invalid-own-production = ライセンスを自身の本番ライセンスにすることはできません
import-invalid-contact-email = 担当者 { $value } はメール アドレスではありません
import-invalid-contact-role = 担当者の役割 { $value } は「technical」でも「billing」でもありません
import-invalid-two-primaries = { $role ->
        [billing] 請求先の主担当者が 2 人います
       *[technical] 技術の主担当者が 2 人います
    }
import-invalid-history-reason = Server ID の履歴の理由 { $value } は「manual」「diagnosis」「import」「gate」のいずれでもありません
import-invalid-empty-history-key = キーの履歴に空のキーがあります
import-invalid-order-kind = 注文の種類 { $value } は「new」「renewal」「upgrade」のいずれでもありません
import-invalid-order-number = 注文番号 { $value } は空であるか、2 回出現しています
import-invalid-order-placed-by = 注文の placed_by { $value } はメール アドレスではありません
import-invalid-term-role = 主担当者期間の役割 { $value } は「technical」でも「billing」でもありません
import-invalid-term-account = 主担当者期間のアカウント { $value } はメール アドレスではありません
import-warning-production-not-imported = 本番ライセンス { $production } がインポートされないため、本番ライセンスに関連付けずに追加されます
import-warning-order-not-restored = 注文 { $number } は復元されません：その番号の注文がすでに存在します
import-warning-support-expiry-kept = 記録済みのサポート期限 { $kept } を維持します（項目の値は { $said } ですが、インポートでサポート期限が前倒しされることはありません）
import-warning-support-expiry-kept-none = 記録済みのサポート期限 { $kept } を維持します（項目にはサポート期限がありません）
import-warning-genuine-key-replaced = 正規のキーが、検証できないキーで置き換えられます
import-warning-lower-user-tier = ユーザー階層が下がります：{ $from } → { $to }
import-tier-users = { $users } ユーザー
import-warning-other-product = 製品が変わります：{ $from } → { $to }
import-warning-other-licence-type = ライセンス タイプが変わります：{ $from } → { $to }
import-warning-sen-changes = SEN が変わります：{ $from } → { $to }
import-sen-none = なし

## ライセンス ポータル：一覧、詳細、フォーム、注文、キー

portal-evaluations-title = 評価ライセンス
portal-archived-title = アーカイブ済みライセンス
portal-sections-label = ライセンスの区分
portal-search-hint = SEN、製品、組織、Server ID、名前、またはメモ
portal-search-button = 検索
portal-add-licence = ライセンスを追加
portal-new-evaluation = 新しい評価ライセンス
portal-no-match = 「{ $search }」に一致するライセンスはありません。
portal-evaluations-empty = 評価ライセンスはありません。
portal-archived-empty = アーカイブ済みのライセンスはありません。
portal-showing = { $total } 件中 { $from }～{ $to } 件を表示
portal-col-product = 製品
portal-col-name = 名前
portal-col-support-expires = サポート期限
portal-col-support = サポート
portal-pages-label = ページ
portal-previous-page = ← 前へ
portal-next-page = 次へ →
portal-page-of = { $page } / { $pages } ページ
portal-bad-section = ライセンス一覧にそのような区分はありません。「ライセンス」「評価ライセンス」「アーカイブ済み」のいずれかを選択してください。
portal-bad-page = ページ番号は 1～1,000,000 の整数で指定してください。
portal-search-too-long = 検索語が長すぎます。200 文字以内にしてください。
portal-label = { $label }：
portal-name-with-detail = { $name }（{ $detail }）
portal-today = 今日
portal-in-days = { $n ->
        [1] 明日
       *[other] { $n } 日後
    }
portal-days-ago = { $n ->
        [1] 昨日
       *[other] { $n } 日前
    }
portal-in-months = { $n } か月後
portal-months-ago = { $n } か月前
portal-in-years = { $n } 年後
portal-years-ago = { $n } 年前
portal-expires-today = 今日で期限切れ
portal-date-hint = （{ $hint }）
portal-expired-days-ago = { $n ->
        [1] 昨日に期限切れ
       *[other] { $n } 日前に期限切れ
    }
portal-expired-months-ago = { $n } か月前に期限切れ
portal-expired-years-ago = { $n } 年前に期限切れ
portal-no-date = —
portal-badge-expiring = まもなく期限切れ
portal-badge-expired = 期限切れ
portal-badge-developer = 開発者
portal-badge-not-genuine = 正規ではない
portal-badge-archived = アーカイブ済み
portal-primary = 主担当者
portal-changed = 変更あり
portal-back-to-list = ← ライセンス
portal-back-to-evaluations = ← 評価ライセンス
portal-back-to-archived = ← アーカイブ済みライセンス
portal-organisation = 組織
portal-notes = メモ
portal-notes-hint = このライセンスの担当者が知っておくべきこと。最大 4000 文字。
portal-notes-none = メモはまだありません。
portal-notes-matched = メモ内で見つかりました
portal-sen = SEN
portal-licensed-to = ライセンス所有者
portal-server-id = Server ID
portal-server-id-hint = 英数字 4 文字 × 4 グループ（例：BG9T-XUV4-KZZH-B01W）。製品の管理ページの「システム情報」で確認できます。
portal-licence-key = ライセンス キー
portal-licence-name = 名前
portal-licence-type = ライセンス タイプ
portal-deployment = デプロイ タイプ
portal-server = Server
portal-data-center = Data Center
portal-user-tier = ユーザー階層
portal-auto-renew = 自動更新
portal-on = オン
portal-off = オフ
portal-turn-auto-renew-on = 自動更新をオンにする
portal-turn-auto-renew-off = 自動更新をオフにする
portal-support-level = サポート レベル
portal-purchase-date = 購入日
portal-support-expires = サポート期限
portal-evaluation-started = 評価開始日
portal-licence-expires = ライセンスの有効期限
portal-evaluation = 評価
portal-evaluation-day-of = { $length } 日中 { $day } 日目
portal-evaluation-days-left = 残り { $n } 日
portal-evaluation-progress = { $day }、{ $left }
portal-evaluation-over = { $n } 日前に終了
portal-reason-for-purchase = 購入理由
portal-technical-contact = 技術担当者
portal-billing-contact = 請求先担当者
portal-no-contact = なし
portal-developer-licences = 開発者ライセンス
portal-developer-count = 開発者ライセンス { $n } 件
portal-developer-of = これは開発者ライセンス（非本番用）です。サポート期限は、次の本番ライセンスに従います：
portal-not-genuine-notice = このライセンスのキーには有効な Atlassian の署名がありません。Atlassian の正規のキーではありません。正規ではないことを承知のうえで追加されました。
portal-no-key-yet = キーはまだありません
portal-view-licence-key = ライセンス キーを表示
portal-key-gate-hint = キーは、対象のインストールの Server ID を入力すると表示されます。
portal-copy-key = キーをコピー
portal-copied = コピーしました
portal-edit = 編集
portal-save = 保存
portal-actions = 操作
portal-open-details = 詳細
portal-renew = 更新
portal-upgrade = アップグレード
portal-download-licence = ライセンスをダウンロード
portal-view-developer-licence = 開発者ライセンスを表示
portal-archive = アーカイブ
portal-restore = 復元
portal-restore-hint = このライセンスはアーカイブ済みです。「復元」を選択するとメインの一覧に戻ります。
portal-extend-evaluation = 評価を延長
portal-attach-key = キーを追加
portal-key-facts-title = キーの内容
portal-key-products = 製品
portal-key-support-expiry = サポート期限（キー）
portal-signature = 署名
portal-genuine = 正規
portal-genuine-text = 署名を検証できました。Atlassian の正規のキーです。
portal-not-genuine = 正規ではない
portal-not-genuine-text = 署名を検証できません。Atlassian の正規のキーではありません。
portal-server-id-history-title = Server ID の履歴
portal-server-id-history-empty = Server ID は変更されていません。
portal-col-when = 日時
portal-col-old = 変更前
portal-col-new = 変更後
portal-col-who = 実行者
portal-actor-command-line = コマンド ライン
portal-actor-anonymous = 匿名
portal-col-why = 理由
portal-reason-manual = 編集
portal-reason-diagnosis = 診断
portal-reason-import = キーから
portal-reason-gate = キーの取得時に入力
portal-reason-other = その他
portal-key-history-title = 置き換えられたキー
portal-key-replaced = キー { $n }（{ $when } に { $who } が置き換え、理由：{ $why }）
portal-key-reason-renewal = 更新
portal-key-reason-upgrade = アップグレード
portal-key-reason-other = 置き換え
portal-col-fact = 項目
portal-old-key = 以前のキー
portal-new-key = 新しいキー
portal-orders-of-licence = このライセンスの注文
portal-required = この項目を入力してください。
portal-too-long = 長すぎます。{ $max } 文字以内にしてください。
portal-control-characters = ここでは改行と制御文字は使用できません。
portal-notes-missing = フォームからメモが送信されませんでした。ライセンスのページを再読み込みして、もう一度お試しください。
portal-notes-control-characters = メモでは、改行とタブ以外の制御文字は使用できません。
portal-server-id-required = インストールの Server ID を入力してください。
portal-server-id-invalid = Server ID は英数字 4 文字 × 4 グループです（例：BG9T-XUV4-KZZH-B01W）。
portal-date-required = 日付を入力してください。
portal-date-field-hint = 例：2026-11-21
portal-date-malformed = 日付は 年-月-日 の形式で入力してください（例：2026-11-21）。
portal-date-not-future = 今日より後の日付を選択してください。
portal-key-hint = キー全体を貼り付けてください。改行とスペースは無視されます。
portal-key-empty = ライセンス キーを貼り付けてください。
portal-key-unreadable = このキーを読み取れません：{ $reason }。
portal-key-not-genuine = このキーの署名を検証できません。Atlassian の正規のキーではありません。それでも追加する場合は「正規ではないが追加する」をチェックしてください。正規ではないものとしてマークされます。
portal-key-duplicate = このキーはすでにインベントリにあります。
portal-key-is-current = これはこのライセンスの現在のキーです。
portal-key-other-sen = このキーは { $key_sen } 用ですが、このライセンスは { $sen } です。
portal-key-not-developer = これは { $licence_type } のキーで、開発者ライセンスのキーではありません。
portal-key-tier-mismatch = このキーは { $tier } ではなく { $key_tier } 用です。
portal-accept-not-genuine-label = 正規ではないが追加する
portal-accept-not-genuine-hint = 署名を検証できないキー（テスト用キーなど）の場合のみ使用します。ライセンスは正規ではないものとしてマークされます。
portal-product = 製品
portal-product-hint = My Atlassian での名称（例：Jira Software、Confluence）。
portal-product-unknown = 一覧から製品を選択してください。
portal-licence-name-hint = 空欄にすると、製品、階層、タイプから名前を付けます。
portal-licence-type-unknown = 一覧からライセンス タイプを選択してください。
portal-type-commercial = 商用
portal-type-academic = アカデミック
portal-type-community = コミュニティ
portal-type-open-source = オープンソース
portal-type-starter = スターター
portal-type-developer = 開発者
portal-type-demonstration = デモンストレーション
portal-type-testing = テスト
portal-type-personal = 個人
portal-type-hosted = ホスト
portal-type-evaluation = 評価
portal-type-unspecified = その他
portal-deployment-unknown = Server または Data Center を選択してください。
portal-tier-users = { $users } ユーザー
portal-tier-unlimited = 無制限ユーザー
portal-user-tier-hint = ユーザー数、または「unlimited」。
portal-tier-empty = ユーザー数、または「unlimited」を入力してください。
portal-tier-malformed = 階層は 1 以上のユーザー数（整数）、または「unlimited」です。
portal-tier-not-higher = アップグレードでは階層が上がります。{ $tier } より大きい値を選択してください。
portal-sen-hint = サポート資格番号（例：SEN-1234567）。
portal-sen-malformed = SEN は SEN-1234567 のような形式です。
portal-purchase-date-hint = 例：2026-11-21。未来の日付は不可。
portal-purchase-in-future = 購入日に未来の日付は指定できません。
portal-support-level-hint = 請求書の記載どおりに入力（例：Enterprise Support）。
portal-bad-auto-renew = 自動更新はオンかオフのどちらかです。
portal-add-licence-title = ライセンスの追加
portal-add-by-key-title = ライセンス キーを貼り付ける
portal-add-by-key-intro = キーをデコードして署名を確認し、製品、名前、タイプ、階層、SEN、組織、日付、Server ID をキーから入力します。
portal-add-licence-button = ライセンスを追加
portal-add-by-hand-title = または手動で入力する
portal-add-by-hand-intro = キーが手元にないライセンス用です。キーは後で追加できます。
portal-new-evaluation-title = 新しい評価ライセンス
portal-new-evaluation-intro = 評価期間は 30 日間（{ $until } まで）で、合計 90 日まで延長できます。キーが届いたら、ここに貼り付けてください。
portal-start-evaluation = 評価を開始
portal-gate-title = Server ID の入力
portal-gate-intro = ライセンス キーを初めて取得するときは、対象のインストールの Server ID を入力してください。入力後にキーが表示されます。
portal-gate-where = Jira、Confluence、Bitbucket、Bamboo、Crowd では、Server ID は「管理」›「システム情報」（またはライセンスのページ）に表示されます。
portal-reason-for-purchase-optional = 購入理由（任意）
portal-reason-for-purchase-hint = このライセンスを購入した理由（記録用）。
portal-gate-button = 保存してキーを表示
portal-renew-title = 更新
portal-renew-intro = 更新すると、サポートは今日からではなく現在のサポート期限から延長されます。
portal-renew-no-expiry = このライセンスにはサポート期限がないため、サポートは今日から延長されます。
portal-term-label = 期間
portal-term-hint = 現在のサポート期限から数えます。
portal-term-months = { $n } か月（{ $until } まで）
portal-term-past-calendar = この期間では 9999 年より後に終了します。ライセンスをそこまで更新することはできません。
portal-term-invalid = 一覧から期間を選択してください。
portal-renewed-key-optional = 更新後のキー（任意）
portal-renew-button = 更新
portal-upgrade-title = アップグレード
portal-upgrade-intro = 現在のライセンスは { $tier } です。アップグレードするとユーザー階層が上がり、注文が記録されます。
portal-new-user-tier = 新しいユーザー階層
portal-upgraded-key-optional = アップグレード後のキー（任意）
portal-upgrade-button = アップグレード
portal-order-legend = 注文（任意）
portal-po-number-label = 発注番号
portal-amount-label = 金額
portal-amount-hint = 例：1200、1200.50
portal-amount-malformed = 金額は 1200 や 1200.50 のような数値で入力してください。
portal-currency-label = 通貨
portal-amount-with-currency = { $amount } { $currency }
portal-currency-hint = 3 文字（例：USD、EUR、JPY）。
portal-currency-malformed = 通貨は USD や EUR のような 3 文字です。
portal-currency-missing = 金額の通貨を入力してください（例：USD、EUR）。
portal-order-renewal-description = { $months } か月の更新：サポートは { $until } まで
portal-order-upgrade-description = { $from } から { $to } へのアップグレード
portal-not-for-evaluations = 評価ライセンスは延長するものであり、更新やアップグレードはできません。
portal-not-for-developer = 開発者ライセンスは本番ライセンスに従います。本番ライセンスを更新またはアップグレードしてください。
portal-only-evaluations = 延長できるのは評価ライセンスのみです。
portal-extend-title = 評価の延長
portal-extend-hint = 例：2026-11-21。最長 { $latest } まで。
portal-extend-limit = 評価期間は合計 { $max } 日までです。最長 { $latest } までとなります。
portal-extend-used-up = この評価ライセンスは 90 日間をすべて使用しました。これ以上延長できません。
portal-new-expiry-date = 新しい有効期限
portal-extend-not-later = 現在の有効期限（{ $current }）より後の日付を選択してください。
portal-extend-beyond = 評価期間は最大 { $max } 日です。{ $latest } 以前の日付を選択してください。
portal-extend-button = 延長
portal-attach-key-title = キーの追加
portal-attach-key-intro = ライセンス キーが届いたら貼り付けてください。名前、階層、SEN、日付はキーから取得されます。記録済みの Server ID はそのまま残ります。
portal-attach-key-button = キーを追加
portal-has-key-already = このライセンスにはすでにキーがあります。キーを置き換えるには、更新またはアップグレードしてください。
portal-developer-title = 開発者ライセンス
portal-developer-intro = 開発者ライセンスは、本番以外のインストール（ステージング、テスト）用です。独自のキーを持ち、サポート期限はこのライセンスに従います。
portal-developer-none = このライセンスに関連付けられた開発者ライセンスはまだありません。
portal-developer-add-title = 開発者ライセンスの追加
portal-developer-key = 開発者ライセンスのキー
portal-developer-add-button = 開発者ライセンスを追加
portal-no-developer-here = 開発者ライセンスは本番ライセンスに属するものです。評価ライセンスや他の開発者ライセンスには追加できません。
portal-archive-title = このライセンスをアーカイブしますか？
portal-archive-intro = { $name }（{ $sen }）をアーカイブしようとしています。
portal-archive-moves = ライセンス一覧から外れ、アーカイブ済みライセンスに移動します。
portal-archive-contacts = このライセンスの担当者 { $n } 人は、アーカイブ済みライセンスでのみこのライセンスを確認できます。
portal-archive-keeps = 何も削除されません。キー、担当者、注文、履歴はすべて残ります。
portal-archive-restore = 「復元」でいつでも元に戻せます。
portal-archive-button = ライセンスをアーカイブ
portal-cancel = キャンセル
portal-orders-title = 注文
portal-orders-intro = あなたが主担当者であるライセンスの注文です（主担当者になった日以降）。
portal-orders-intro-admin = すべての注文です。他のユーザーには、自分が主担当者であるライセンスの注文（主担当者になった日以降）が表示されます。
portal-orders-empty = 注文はまだありません。
portal-col-order = 注文
portal-col-date = 日付
portal-col-kind = 種類
portal-col-licence = ライセンス
portal-col-description = 説明
portal-col-placed-by = 注文者
portal-order-new = 新規
portal-order-renewal = 更新
portal-order-upgrade = アップグレード
portal-flash-added = ライセンスを追加しました。
portal-flash-evaluation-started = 評価を開始しました（30 日間）。
portal-flash-organisation-updated = 組織を更新しました。
portal-flash-notes-updated = メモを保存しました。
portal-flash-server-id-updated = Server ID を更新しました。
portal-flash-key-unlocked = Server ID を保存しました。ライセンス キーは次のとおりです。
portal-flash-auto-renew-on = 自動更新をオンにしました。
portal-flash-auto-renew-off = 自動更新をオフにしました。
portal-flash-renewed = ライセンスを更新し、注文を記録しました。
portal-flash-upgraded = ライセンスをアップグレードし、注文を記録しました。
portal-flash-evaluation-extended = 評価を延長しました。
portal-flash-key-added = キーを追加しました。
portal-flash-developer-added = 開発者ライセンスを追加しました。
portal-flash-archived = ライセンスをアーカイブしました。
portal-flash-restored = ライセンスを復元しました。
portal-flash-key-restored = 以前のキーが再びこのライセンスのキーになりました。
portal-flash-deleted = ライセンスを削除しました。監査ログには記録が残ります。
portal-flash-key-replaced = キーを置き換えました。以前のキーはキーの履歴にあります。
portal-replace-key-link = キーを置き換え
portal-replace-key-title = キーの置き換え
portal-replace-key-intro = { $name }（{ $sen }）のキーを置き換えるキーを貼り付けてください。ライセンスには新しいキーの内容が表示されます。現在のキーはキーの履歴に保持され、記録済みのサポート期限が前倒しされることはありません。
portal-replace-key-review = このキーで変わる内容：
portal-key-fact-change = { $fact }：{ $was } → { $is }
portal-replace-key-button = キーを確認
portal-replace-key-confirm-button = キーを置き換え
portal-replace-key-allow-genuine = 正規のキーを、検証できないこのキーで置き換える
portal-restore-key-link = このキーを復元
portal-restore-key-title = 以前のキーを復元しますか？
portal-restore-key-intro = { $when } に { $who } が置き換えた { $name }（{ $sen }）のキーが、再びこのライセンスのキーになります。
portal-restore-key-keeps = 現在のキーはキーの履歴に保持されます。ライセンスには復元したキーの内容（名前、階層、SEN、日付）が表示されます。記録済みのサポート期限が前倒しされることはありません。
portal-restore-key-button = このキーを復元
portal-restore-key-refused-genuine = このキーは検証できず、現在のキーは正規のキーです。元に戻せるのは管理者のみです。
portal-restore-key-refused-unreadable = このキーはデコードできなくなっているため、復元できません。
portal-restore-key-refused-taken = このキーは現在別のライセンスで使用されているため、ここでは復元できません。
portal-restore-key-refused-current = このキーはすでにこのライセンスのキーです。
portal-restore-key-not-allowed = 以前のキーを復元できるのは、管理者またはこのライセンスの主担当者のみです。
portal-delete-link = ライセンスを削除
portal-delete-title = このライセンスを削除しますか？
portal-delete-intro = { $name }（{ $sen }）は完全に削除されます。何も失わずに一覧から外すには、代わりにアーカイブしてください。
portal-delete-goes = 一緒に削除されるもの：キー、担当者 { $contacts } 件、注文 { $orders } 件、置き換えられたキー { $keys } 件、Server ID の変更 { $server_ids } 件。
portal-delete-stays = 残るもの：関連付けられた開発者ライセンス { $developers } 件（関連付けは解除）と、このキーを使用している記録済みインストール { $instances } 件（関連付けは解除）。
portal-delete-audit = 監査ログには、削除時点のライセンスの記録が残ります。
portal-delete-button = ライセンスを削除
portal-delete-not-allowed = ライセンスを削除できるのは管理者のみです。

## ユーザー：アカウント、担当者、統合、送信トレイ、メール

people-role-technical = 技術
people-role-billing = 請求先
people-role-primary = { $role ->
        [technical] 技術
       *[billing] 請求先
    }（主担当者）
people-state-active = 有効
people-state-invited = 招待済み
people-state-disabled = 無効
people-never = なし
people-list-separator = {"、"}
people-cancel = キャンセル
people-back-to-licence = ライセンスに戻る
people-contacts-heading = 担当者
people-contacts-technical = 技術担当者
people-contacts-billing = 請求先担当者
people-contacts-none = この役割の担当者はまだいません。
people-contacts-primary = 主担当者
people-contacts-invited = 招待済み（まだサインインしていません）
people-contacts-disabled = 無効
people-contacts-you = （あなた）
people-contacts-rules = どの担当者も担当者を追加・削除できます。各役割の主担当者は請求書を受け取り、別の担当者を主担当者にすることができます。どの担当者も自分を主担当者にすることができます。
people-contacts-primary-stays = 別の担当者が主担当者になるまで、主担当者は削除できません。
people-contacts-make-primary = 主担当者にする
people-contacts-remove = { $email } を{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }から削除
people-contacts-add-technical = 技術担当者を追加（メール アドレス）
people-contacts-add-billing = 請求先担当者を追加（メール アドレス）
people-contacts-add-hint = このポータルにアカウントがないアドレスには、パスワードを設定するための招待メールが送信されます。
people-contacts-add-button = 追加
people-contacts-add-language = 招待の言語（このアドレスのアカウントがまだない場合）
people-contacts-page-title = { $licence } の担当者
people-contacts-already = { $email } はすでにこのライセンスの{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }です。
people-contacts-account-disabled = アカウント { $email } は無効です。管理者が有効にできます。
people-contacts-role-missing = 技術担当者または請求先担当者を選択してください。
people-account-number-invalid = このポータルのアカウントではありません。
people-remove-title = この担当者を削除しますか？
people-remove-intro = { $email } を { $licence } の{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }から削除しようとしています。
people-remove-loses-access = { $email } はこのライセンスを表示できなくなります。
people-remove-keeps-access = { $email } は別の役割の担当者として残るため、引き続きこのライセンスを表示できます。
people-remove-yourself = あなたはこのライセンスを表示できなくなります。
people-remove-button = 削除
people-remove-primary-title = 主担当者は削除できません
people-remove-primary-body = { $email } は { $licence } の{ $role ->
        [technical] 技術の主担当者
       *[billing] 請求先の主担当者
    }です。先に別の{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }を主担当者にしてください。その後、{ $email } を削除できます。
people-not-a-contact-title = 担当者ではありません
people-not-a-contact-body = このアカウントは、このライセンスの{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }ではありません。
people-promote-title = { $role ->
        [technical] 技術の主担当者
       *[billing] 請求先の主担当者
    }にしますか？
people-promote-intro = { $email } を { $licence } の{ $role ->
        [technical] 技術の主担当者
       *[billing] 請求先の主担当者
    }にしようとしています。
people-promote-means = これにより、このユーザーは次のことができるようになります：
people-promote-invoices = 今後、このライセンスの請求書をメールと「注文」で確認する
people-promote-others = 今後、他の担当者を主担当者にする。
people-promote-past = 過去の請求書は移行されません。「注文」で { $previous } の元に残ります。
people-promote-previous = { $previous } は副担当者になり、その後削除できるようになります。
people-promote-notify = { $previous } に通知メールが送信されます。
people-promote-yes = はい、主担当者にします
people-promote-refused-title = この担当者を主担当者にすることはできません
people-promote-refused-secondary = 他のユーザーを主担当者にできるのは、{ $role ->
        [technical] 技術の主担当者
       *[billing] 請求先の主担当者
    }（{ $primary }）または管理者のみです。{ $email } はサインインして自分を主担当者にすることができます。
people-promote-refused-already = { $email } はすでに{ $role ->
        [technical] 技術の主担当者
       *[billing] 請求先の主担当者
    }です。
people-promote-refused-disabled = アカウント { $email } は無効なため、主担当者にはなれません。
people-promote-refused-not-contact = このアカウントは、このライセンスの{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }ではありません。先に担当者として追加してください。
people-flash-contact-added = 担当者を追加し、メールで通知しました。
people-flash-contact-invited = 担当者を追加し、パスワードを設定するための招待メールを送信しました。
people-flash-contact-removed = 担当者を削除しました。
people-flash-removed-yourself = あなたはそのライセンスの担当者ではなくなりました。
people-flash-primary-changed = 主担当者を変更しました。以前の主担当者にはメールで通知しました。
people-flash-profile-saved = プロフィールを保存しました。
people-flash-password-changed = パスワードを変更しました。他のセッションはサインアウトされました。
people-flash-consolidation-requested = リクエストを送信しました。相手のアカウントが承認するまで、何も移動しません。
people-flash-consolidation-applied = ライセンスを移動しました。関係者全員にメールで通知しました。
people-flash-consolidation-declined = リクエストを拒否しました。何も移動していません。
people-flash-consolidation-cancelled = リクエストをキャンセルしました。何も移動していません。
people-flash-account-disabled = アカウントを無効にし、すべての場所でサインアウトさせました。
people-flash-account-enabled = アカウントを有効にしました。
people-flash-invitation-sent = 新しい招待を送信トレイに追加しました。以前の招待リンクは使用できなくなりました。
people-flash-mail-requeued = メールを再送信します。
people-forgot-link = パスワードをお忘れですか？
people-forgot-title = パスワードをお忘れですか？
people-forgot-intro = アカウントのメール アドレスを入力してください。新しいパスワードを設定するためのリンクを送信します。リンクは 1 時間有効で、1 回だけ使用できます。
people-forgot-button = リンクを送信
people-forgot-sent-title = メールを確認してください
people-forgot-sent-body = { $email } がこのポータルのアカウントであれば、新しいパスワードを設定するためのリンクが送信されます。リンクは 1 時間有効で、1 回だけ使用できます。
people-forgot-no-mail = 数分たってもメールが届きませんか？迷惑メール フォルダーを確認するか、このポータルの管理者に連絡してください。管理者は送信トレイでメールを確認したり、新しいリンクを送信したりできます。
people-profile-title = アカウント
people-profile-email-fixed = メール アドレスは変更できません。別のアドレスを使用するには、そのアドレスをライセンスの担当者として追加して主担当者にしてから、このアドレスを削除してください。または、すべてのライセンスを一度にそのアドレスに移動します：
people-profile-move = ライセンスを別のアカウントに移動
people-profile-language = 言語
people-profile-save = 保存
people-profile-change-password = パスワードを変更
people-profile-name-too-long = 名前が長すぎます。200 文字以内にしてください。
people-profile-language-unknown = 一覧から言語を選択してください。
people-password-title = パスワードの変更
people-password-current = 現在のパスワード
people-password-current-wrong = 現在のパスワードが正しくありません。
people-password-button = パスワードを変更
people-password-others-signed-out = 他のセッションはサインアウトされます。このセッションはそのままです。
people-consolidate-title = ライセンスを別のアカウントに移動
people-consolidate-intro = 複数のメール アドレスで購入したライセンスを 1 つのアカウントに統合できます。ライセンスを譲るアカウントでサインインしてここから開始し、受け取るアカウントが自身でサインインして承認します。それまでは何も移動しません。
people-consolidate-admin-intro = 管理者は任意の 2 つのアカウント間でライセンスを移動できます。ライセンスはすぐに移動します。
people-consolidate-from = 移動元アカウント（メール アドレス）
people-consolidate-from-hint = ライセンスを譲るアカウント。
people-consolidate-show = ライセンスを表示
people-consolidate-to = 移動先アカウント（メール アドレス）
people-consolidate-to-hint = ライセンスを受け取るアカウント。既存のアカウントである必要があります。
people-consolidate-licences = 移動するライセンス
people-consolidate-licences-hint = アカウントが主担当者であるライセンスにはチェックが入っています。
people-consolidate-no-licences = このアカウントはどのライセンスの担当者でもありません。
people-consolidate-after = 移動後
people-consolidate-remove-source = これらのライセンスから { $email } を削除する
people-consolidate-keep-source = { $email } を副担当者として残す
people-consolidate-preview = プレビュー
people-consolidate-no-account = このアドレスのアカウントはありません。
people-consolidate-same-account = ライセンスの移動元とは別のアカウントを選択してください。
people-consolidate-target-disabled = そのアカウントは無効です。
people-consolidate-choose = ライセンスを 1 つ以上選択してください。
people-consolidate-not-yours = 選択したライセンスの中に、このアカウントのものではないライセンスがあります。
people-preview-title = { $source } から { $target } へのライセンスの移動
people-change-add-target = { $target } が{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }になります。
people-change-move-primary = { $source } に代わって { $target } が{ $role ->
        [technical] 技術の主担当者
       *[billing] 請求先の主担当者
    }になります。
people-change-remove-source = { $source } は{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }から削除されます。
people-change-keep-source = { $source } は{ $role ->
        [technical] 技術の副担当者
       *[billing] 請求先の副担当者
    }として残ります。
people-skipped-not-contact = { $source } はこのライセンスの担当者ではなくなったため、移動しません。
people-orders-stay = 移動しない過去の注文（注文時の主担当者の元に残ります）：{ $orders }
people-orders-none = 過去の注文はありません。
people-nothing-to-move = これらのライセンスに変更はありません。
people-request-send = { $target } にリクエストを送信
people-request-explain = { $target } が { $target } としてサインインし、7 日以内に承認する必要があります。それまでは何も変更されません。
people-apply-button = 今すぐライセンスを移動
people-apply-explain = 上記のすべてが一度に適用されて監査ログに記録され、関係者全員にメールで通知されます。
people-requests-heading = 判断待ちのリクエスト
people-request-incoming = { $source } から、ライセンス { $count } 件をあなたのアカウントに移動するリクエストが届いています。
people-request-outgoing = ライセンス { $count } 件を { $target } に移動するようリクエストしました。
people-request-review = 確認
people-request-title = ライセンスを { $source } から { $target } に移動しますか？
people-request-accept = 承認して移動
people-request-decline = 拒否
people-request-cancel = リクエストをキャンセル
people-request-waiting = { $target } の承認待ちです（{ $date } まで）。
people-request-applied = このリクエストは承認され、ライセンスが移動しました。
people-request-declined = このリクエストは拒否されました。何も移動していません。
people-request-cancelled = このリクエストはキャンセルされました。何も移動していません。
people-request-expired = このリクエストは期限切れになりました。何も移動していません。
people-admin-title = 管理
people-admin-accounts = アカウント
people-admin-audit = 監査ログ
people-admin-outbox = 送信トレイ
people-orphans-heading = 主担当者が無効になっているライセンス
people-orphans-hint = 主担当者が退職した場合は、ライセンスの担当者を開いて別の担当者を主担当者にし（必要なら先に追加し）、以前の担当者を削除してください。
people-orphans-fix = 担当者を修正
people-col-licence = ライセンス
people-col-role = 役割
people-col-primary = 主担当者
people-col-email = メール アドレス
people-col-name = 名前
people-col-state = 状態
people-col-last-sign-in = 最終サインイン
people-col-licences = ライセンス
people-col-actions = 操作
people-admin-badge = 管理者
people-primary-on = （{ $count } 件の役割で主担当者）
people-account-disable = 無効化
people-account-enable = 有効化
people-account-resend = 招待を再送信
people-disable-title = { $email } を無効にしますか？
people-disable-body = { $email } はすべての場所でサインアウトされ、サインインできなくなります。アカウントはライセンスの担当者として残り、それ以外は何も変わりません。
people-disable-primaries = { $email } は { $count } 件のライセンスの役割で主担当者です。無効にすると、別の担当者を主担当者にできるよう、それらのライセンスが管理ページに一覧表示されます。
people-disable-button = アカウントを無効化
people-disable-yourself = 自分のアカウントは無効にできません。
people-resend-not-invited = 新しい招待を送信できるのは招待済みのアカウントのみです。このアカウントの状態は「{ $state ->
        [active] 有効
        [invited] 招待済み
       *[disabled] 無効
    }」です。
people-audit-title = 監査ログ
people-audit-licence = ライセンス（SEN または番号）
people-audit-account = アカウント（メール アドレス）
people-audit-action = 操作
people-audit-any-action = すべての操作
people-audit-from = 開始日
people-audit-to = 終了日（当日を含む）
people-audit-filter = 絞り込み
people-audit-date-invalid = 日付は 2026-11-21 の形式で入力してください。
people-audit-licence-unknown = その SEN または番号のライセンスはありません。
people-audit-account-unknown = そのアドレスのアカウントはありません。
people-audit-empty = 一致する項目はありません。
people-col-when = 日時
people-col-who = 実行者
people-col-action = 操作
people-col-detail = 詳細
people-col-change = 変更前と変更後
people-audit-before = 変更前
people-audit-after = 変更後
people-page-status = { $page } / { $pages } ページ（{ $total } 件）
people-page-previous = 前のページ
people-page-next = 次のページ
people-outbox-title = 送信トレイ
people-outbox-smtp = メールは { $server } 経由で配信されます。失敗した送信は再試行され、最後のエラーが保持されます。
people-outbox-no-smtp = SMTP サーバーが設定されていないため、メールはここで待機します。.eml ファイルとしてダウンロードするか、サーバー上で次のコマンドを実行してください：licensedesk outbox export DIR
people-outbox-bad-state = 送信トレイの状態を選択してください：queued、sent、failed のいずれか。
people-outbox-state = 状態
people-outbox-all = すべて
people-outbox-empty = メールはありません。
people-mail-state-queued = 送信待ち
people-mail-state-sent = 送信済み
people-mail-state-failed = 失敗
people-col-created = 作成日時
people-col-to = 宛先
people-col-subject = 件名
people-col-kind = 種類
people-col-attempts = 試行回数
people-col-last-error = 最後のエラー
people-mail-download = .eml をダウンロード
people-mail-send-again = 再送信
people-mail-title = メール { $id }
people-mail-not-failed = 再送信できるのは失敗したメールのみです。
people-mail-greeting = こんにちは。
people-mail-person = { $name }（{ $email }）
people-mail-signature = -- licensedesk
people-mail-invitation-subject = licensedesk への招待
people-mail-invitation-by-contact = { $actor }があなたをライセンス { $licence }（{ $name }）の{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }として追加しました。
people-mail-invitation-by-admin = 管理者があなたを社内のライセンス ポータルに招待しました。
people-mail-invitation-body = パスワードを設定して、アカウント { $email } を有効にしてください。リンクは 7 日間有効で、1 回だけ使用できます：
people-mail-ignore = このメールに心当たりがない場合は、無視してください。
people-mail-reset-subject = licensedesk の新しいパスワードの設定
people-mail-reset-body = { $email } の新しいパスワードがリクエストされました（おそらくご本人によるリクエストです）。こちらから設定してください。リンクは 1 時間有効で、1 回だけ使用できます：
people-mail-reset-ignore = 心当たりがない場合は、このメールを無視してください。パスワードは変更されません。
people-mail-contact-added-subject = { $licence } の{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }になりました
people-mail-contact-added-body = { $actor }があなたをライセンス { $licence }（{ $name }）の{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }として追加しました。こちらで確認できます：
people-mail-contact-added-invited-body = { $actor }があなたをライセンス { $licence }（{ $name }）の{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }として追加しました。以前に送信された招待リンクでパスワードを設定すると、表示されるようになります。招待リンクは { $expires } まで有効です。このメールには新しいリンクは含まれていません。
people-mail-contact-removed-subject = { $licence } の{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }ではなくなりました
people-mail-contact-removed-body = { $actor }があなたをライセンス { $licence }（{ $name }）の{ $role ->
        [technical] 技術担当者
       *[billing] 請求先担当者
    }から削除しました。
people-mail-primary-previous-subject = { $email } が { $licence } の{ $role ->
        [technical] 技術の主担当者
       *[billing] 請求先の主担当者
    }になりました
people-mail-primary-previous-body = { $actor }が { $email } をライセンス { $licence }（{ $name }）の{ $role ->
        [technical] 技術の主担当者
       *[billing] 請求先の主担当者
    }にしました。あなたは副担当者になりました。今後は { $email } がこのライセンスの請求書を受け取り、他の担当者を主担当者にすることができます。過去の請求書は引き続き「注文」であなたの元に残ります。
people-mail-primary-new-subject = { $licence } の{ $role ->
        [technical] 技術の主担当者
       *[billing] 請求先の主担当者
    }になりました
people-mail-primary-new-body = { $actor }があなたをライセンス { $licence }（{ $name }）の{ $role ->
        [technical] 技術の主担当者
       *[billing] 請求先の主担当者
    }にしました。今後はこのライセンスの請求書を受け取り、他の担当者を主担当者にすることができます。
people-mail-support-subject = { $licence } のサポートは { $days } 日後に終了します
people-mail-support-body = { $name } のサポート（保守）は、{ $days } 日後の { $date } に終了します。引き続きアップデートとサポートを受けるには、それまでに更新してください。
people-mail-evaluation-subject = 評価ライセンス { $licence } は { $days } 日後に期限切れになります
people-mail-evaluation-body = 評価ライセンス { $name } は、{ $days } 日後の { $date } に期限切れになります。
people-mail-reminder-why = このメールは、ライセンスの担当者であるあなたに送信されています。リマインダーは { $schedule } 日前に送信されます。
people-mail-request-subject = { $source } から、ライセンスをあなたのアカウントに移動するリクエストが届きました
people-mail-request-body = { $source } から、次のライセンスをあなたのアカウント { $target } に移動するリクエストが届きました：
people-mail-request-action = あなたが承認するまで何も移動しません。7 日以内に、こちらでリクエストを確認して承認または拒否してください：
people-mail-moved-subject = ライセンスが { $source } から { $target } に移動されました
people-mail-moved-body = { $actor }が次のライセンスを { $source } から { $target } に移動しました：
people-mail-moved-orders = 過去の注文は、注文時の主担当者の元に残ります。
people-mail-licence-link = ライセンス：
people-cli-invited-created = 招待済みアカウント { $email } を作成しました。
    このリンクを所有者に送信して、パスワードを設定してもらってください（1 回のみ、7 日間有効）：
people-cli-created = アカウント { $email } を作成しました。すぐにサインインできます。
people-cli-address-taken = アドレス { $email } のアカウントはすでに存在します
people-cli-no-account = アドレス { $email } のアカウントはありません
people-cli-disabled = アカウント { $email } は無効になっています。先に有効にしてください
people-cli-reset-link = { $email } のパスワード リセット リンク（1 回のみ、1 時間有効）：

## 診断：インストールの読み取り、判定、推奨される対処

diagnose-verdict-match = 一致：インストール、そのライセンス、記録が一致しています。
diagnose-verdict-match-unchecked = 読み取れた範囲では問題は見つかりませんでしたが、インストールの Server ID が不明なため、比較していません。
diagnose-verdict-server-id-mismatch = Server ID が異なります。移行、アップグレード、再インストールの後には想定どおりのことで、ライセンスは引き続き機能します。
diagnose-verdict-key-differs-from-record = インストールされているキーは、記録されているキーと異なります。
diagnose-verdict-key-not-in-inventory = インストールされているキーはインベントリにありません。
diagnose-verdict-sen-differs = SEN が記録と異なります。
diagnose-verdict-licence-damaged = インストールされているライセンス キーが破損しています。
diagnose-verdict-not-genuine = インストールされているライセンス キーは正規のものではありません。
diagnose-verdict-no-licence = インストールにライセンス キーが見つかりませんでした。
diagnose-verdict-cannot-tell = このファイルからは判断できません。製品はライセンスをデータベースに保存していますが、データベースは読み取っていません。
diagnose-verdict-support-expired = サポート期限が切れています。
diagnose-verdict-licence-expired = ライセンスの有効期限が切れています。
diagnose-verdict-evaluation = 評価ライセンスがインストールされています。
diagnose-verdict-developer-in-production = 本番インストールで開発者ライセンスが使用されています。
diagnose-verdict-production-in-non-production = 本番以外のインストールで本番ライセンスが使用されています。
diagnose-verdict-duplicate-server-id = 記録済みの別のインストールが同じ Server ID を持っています。
diagnose-advice-match = 対処は不要です。
diagnose-advice-server-id-mismatch = キーはそのまま使用してください。新しいキーは不要です。記録されている Server ID をインストールのものに更新してください（diagnose --apply、または「診断」ページのボタン）。以前の値はライセンスの Server ID 履歴に残ります。
diagnose-advice-key-differs-from-record = ライセンスを更新またはアップグレードした場合は、記録されているキーをインストールに適用してください。テスト用または開発用のインストールの場合は、本番ライセンスに属する開発者ライセンスを使用してください。
diagnose-advice-key-not-in-inventory = ポータルがこのライセンスを認識できるよう、キーをインポートしてください（licensedesk import、または「インポート」ページ）。
diagnose-advice-sen-differs = このインストールで使用すべきライセンスを確認してください。インストールされているキーは、記録とは別の SEN のものです。
diagnose-advice-licence-damaged = キーを入手元（My Atlassian、またはポータルの「ライセンスをダウンロード」）からもう一度コピーして適用してください。途中で文字が失われたか変更されています。
diagnose-advice-not-genuine = このキーの内容を信頼しないでください。改ざんされたか、Atlassian が作成したものではありません。My Atlassian またはポータルから正規のキーを適用してください。
diagnose-advice-no-licence = 製品の管理画面でライセンスを適用してください。製品が読み取れなかったデータベースにライセンスを保存している場合は、表示された SQL を実行し、キーを手動で指定してください（--installed-key FILE、または「診断」ページに貼り付け）。
diagnose-advice-cannot-tell = 表示された SQL を製品のデータベースで実行し、その結果を指定してください。コマンド ラインでは --server-id ID と --installed-key FILE で、「診断」ページではクエリの下の入力欄で指定します。
diagnose-advice-support-expired = アップデートとサポートを引き続き受けるには、サポートを更新してください。製品は現在のバージョンのまま動作し続けます。
diagnose-advice-licence-expired = 有効なキーを適用してください。ライセンスを更新するか、評価ライセンスの代わりにライセンスを購入してください。
diagnose-advice-evaluation = 評価期間が終わる前にライセンスを購入し、そのキーを適用してください。
diagnose-advice-developer-in-production = 本番インストールでは本番ライセンスを使用してください。開発者ライセンスはテストと開発用です。
diagnose-advice-production-in-non-production = テスト用と開発用のインストールでは開発者ライセンスを使用してください。開発者ライセンスは本番ライセンスに属し、独自のキーを持ちます。
diagnose-advice-duplicate-server-id = 2 つのインストールが同じ Server ID を持つのは、一方が他方からコピーされた場合です。両方を使い続ける場合は、コピーを独立したインストールとしてセットアップし、本番でなければ開発者ライセンスを使用してください。
diagnose-no-sen = （SEN なし）
diagnose-server-id-explanation = 新しいインストールにはそれぞれ新しい Server ID が割り当てられるため、移行、アップグレード、再インストールの後にはこうなるのが想定どおりです。ライセンスは Server ID に結び付いていないため、引き続き機能し、新しいキーは不要です。記録されている Server ID は更新できます。
diagnose-finding-server-id-vs-key = インストールの Server ID は { $installation } ですが、キーは { $expected } に対して発行されています。{ diagnose-server-id-explanation }
diagnose-finding-server-id-vs-record = インストールの Server ID は { $installation } ですが、ライセンス #{ $id }（{ $name }）には { $expected } が記録されています。{ diagnose-server-id-explanation }
diagnose-finding-server-id-vs-given = インストールの Server ID は { $installation } ですが、指定されたキーは { $expected } に対して発行されています。{ diagnose-server-id-explanation }
diagnose-finding-licence-damaged = { $source } から読み取ったライセンス キーをデコードできません：{ $error }。
diagnose-finding-not-genuine = キー { $sen }（{ $source } から読み取り）の署名を検証できません。Atlassian の正規のキーではないため、その内容は信頼できません。
diagnose-finding-no-licence = 製品がライセンス キーを保存する場所にキーが見つかりませんでした。
diagnose-finding-cannot-tell = このファイルには、Server ID とライセンスを保持するデータベースが記載されています。ライセンスがインストールされているかどうかは、そのデータベースなしでは判断できません。
diagnose-finding-licence-expired = ライセンス { $sen } は { $date } に期限切れになりました。
diagnose-finding-evaluation-expired = 評価ライセンス { $sen } は { $date } に期限切れになりました。
diagnose-other-installation = { $host } 上の { $label }（{ $product }）
diagnose-list-separator = {"、"}
diagnose-finding-duplicate-server-id = Server ID { $server_id } は次にも記録されています：{ $others }。同じ Server ID を持つ 2 つのインストールは、通常、複製されたインスタンスです。
diagnose-finding-sen-differs-record = インストールされているキーの SEN は { $sen } ですが、このキーを保持するライセンス #{ $id }（{ $name }）には SEN { $record_sen } が記録されています。
diagnose-finding-sen-differs-given = インストールされているキーの SEN は { $sen } ですが、指定されたキーの SEN は { $record_sen } です。これらは別のライセンスです。
diagnose-finding-key-differs-record = { $sen } のインストール済みキーは、ライセンス #{ $id }（{ $name }）に記録されているキーではありません。更新またはアップグレードされたキーが適用されていないか、開発者キーです。
diagnose-finding-key-differs-given = { $sen } のインストール済みキーは、指定されたキーではありません。更新またはアップグレードされたキーが適用されていないか、開発者キーです。
diagnose-finding-key-not-in-inventory = キー { $sen }（{ $source } から読み取り）はインベントリになく、その SEN を持つ記録済みのライセンスもありません。
diagnose-finding-developer-in-production = キー { $sen } は { $licence_type } ライセンスですが、本番とされるインストールで使用されています。
diagnose-finding-production-in-non-production = キー { $sen } は { $licence_type } ライセンスですが、本番以外とされるインストールで使用されています。
diagnose-finding-evaluation = キー { $sen } は評価ライセンスです。{ $date } に期限切れになります。
diagnose-finding-evaluation-no-date = キー { $sen } は評価ライセンスです。
diagnose-finding-support-expired = { $sen } のサポートは { $date } に終了しました。
diagnose-note-keys-only = ポータルの記録は参照していません。各キーはインストールとのみ比較しました（ポータルの記録と比較するには --data-dir を指定してください）。
diagnose-note-no-server-id = インストールの Server ID を読み取れなかったため、Server ID は比較していません。手動で指定してください（--server-id、または Server ID の入力欄）。
diagnose-note-relative-expiry = キー { $sen } は、製品に適用されてから { $raw } 後に期限切れになります（期間限定のテスト ライセンス）。適用日時は読み取った内容に記録されていないため、オフラインでは有効期限を判断できず、判定には含めていません。
diagnose-note-unrecognised-date = キー { $sen } に解釈できない日付があります：{ $raw }。
diagnose-note-key-carries-other-server-id = キー { $sen } には、発行時の Server ID（{ $server_id }）が残っています。記録にはすでにインストールの Server ID があります。これは想定どおりで、対処は不要です。
diagnose-note-unverified-accepted = キー { $sen } の署名を検証できません。指定（--allow-unverified）に従い、問題としては扱っていません。
diagnose-note-record-without-key = ライセンス #{ $id }（{ $name }）にはこの SEN が記録されていますが、キーがありません。記録を完成させるには、キーをインポートしてください。
diagnose-title = 診断
diagnose-intro = ライセンスに問題がありますか？製品に表示されるライセンス キーと Server ID を貼り付けるか、設定ファイル（confluence.cfg.xml、bamboo.cfg.xml、crowd.cfg.xml、bitbucket.properties、dbconfig.xml）またはサポート zip をアップロードしてください。記録済みのライセンスと比較します。アップロードしたファイルは読み取るだけで保存されません。
diagnose-key-label = ライセンス キー
diagnose-key-hint = 製品に表示されるキー、またはキーを含む任意のテキスト（「システム情報」ページのコピーなど）。
diagnose-server-id-label = Server ID
diagnose-server-id-hint = 英数字 4 文字 × 4 グループ（例：BG9T-XUV4-KZZH-B01W）。製品の管理画面の「システム情報」に表示されます。
diagnose-file-label = 設定ファイルまたはサポート zip
diagnose-file-hint = 任意。最大 32 MiB。
diagnose-diagnose-button = 診断
diagnose-nothing-given = ライセンス キーまたはキーを含むテキストを貼り付けるか、設定ファイルまたはサポート zip をアップロードしてください。
diagnose-file-unreadable = ファイルを読み取れませんでした：{ $reason }
diagnose-source-pasted = 貼り付けたテキスト
diagnose-source-given-by-hand = 手動入力
diagnose-source-upload = アップロードされたファイル
diagnose-upload-not-stored = 保存できません：{ $reason }
diagnose-pasted-too-large = 貼り付けたテキストは { $size } バイトです。貼り付けられるのは { $limit } バイトまでです。代わりにファイルとしてアップロードしてください。
diagnose-database-heading = データベースへの問い合わせ
diagnose-database-intro = 製品のデータベースで次のクエリを実行し（読み取り専用）、結果を下に貼り付けてください。
diagnose-database-server-id-query = Server ID：
diagnose-database-licence-query = インストールされているライセンス キー（1 行に 1 つ）：
diagnose-copy-query = コピー
diagnose-copied = コピーしました
diagnose-answer-server-id-label = Server ID（1 つ目のクエリの結果）
diagnose-answer-key-label = インストールされているライセンス キー（2 つ目のクエリの結果）
diagnose-answer-key-hint = キー全体を貼り付けてください。改行は問題ありません。
diagnose-answer-button = この結果で診断
diagnose-result-title = 診断結果
diagnose-verdict-heading = 判定
diagnose-findings-heading = 検出事項
diagnose-what-to-do-heading = 対処方法
diagnose-notes-heading = 補足情報
diagnose-reader-notes-heading = 読み取り時のメモ
diagnose-installation-heading = インストール
diagnose-product-label = 製品
diagnose-server-id-read-label = Server ID
diagnose-server-id-unknown = 不明
diagnose-keys-heading = インストールされているライセンス キー
diagnose-sen-label = SEN
diagnose-products-label = 製品
diagnose-type-label = タイプ
diagnose-users-label = ユーザー数
diagnose-support-label = サポート期限
diagnose-licence-expiry-label = ライセンスの有効期限
diagnose-key-server-id-label = キー内の Server ID
diagnose-signature-label = 署名
diagnose-genuine = 正規
diagnose-not-genuine = 検証できません
diagnose-source-label = 読み取り元
diagnose-on-record-label = 記録済みのライセンス
diagnose-not-on-record = 記録なし
diagnose-update-button = ライセンス #{ $id } の Server ID を更新
diagnose-installed-at-heading = インストール先
diagnose-installed-at-empty = このライセンスのインストールはまだ記録されていません。
diagnose-installed-at-licence = #{ $id } { $name } のインストール先
diagnose-record-details = （{ $sen }、Server ID { $server_id }）
diagnose-update-summary = { $name }（{ $sen }）：{ $old } → { $new }
diagnose-column-label = インストール
diagnose-column-host = ホスト
diagnose-column-product = 製品
diagnose-column-server-id = Server ID
diagnose-column-verdict = 判定
diagnose-column-recorded = 記録日時
diagnose-another = 別のインストールを診断
diagnose-confirm-title = Server ID を更新しますか？
diagnose-confirm-body = ライセンス #{ $id }、{ $name }（{ $sen }）の Server ID が { $old } から { $new } に変わります。
diagnose-confirm-none = なし
diagnose-confirm-history = 以前の値は「診断」とマークされてライセンスの Server ID 履歴に残り、変更は監査ログに書き込まれます。キー自体は変わりません。
diagnose-confirm-button = Server ID を更新
diagnose-cancel = キャンセル
diagnose-server-id-updated = Server ID を更新しました。以前の値はライセンスの Server ID 履歴に保持されています。
diagnose-server-id-unchanged = このライセンスにはすでにその Server ID が設定されています。何も変更していません。
diagnose-cli-heading = { $heading }：
diagnose-cli-verdict = 判定：{ $code }
diagnose-cli-on-record = #{ $id } { $name }（{ $sen }）、Server ID { $server_id }
diagnose-cli-apply-hint = 記録されている Server ID を設定するには、同じコマンドに --apply を付けて実行してください：
diagnose-cli-update = ライセンス #{ $id }（{ $name }）：{ $old } -> { $new }
diagnose-cli-changed-heading = 変更内容
diagnose-cli-nothing-changed = なし：変更が必要な記録済みの Server ID はありませんでした
diagnose-cli-applied = ライセンス #{ $id }（{ $name }、{ $sen }）：Server ID { $old } -> { $new }（以前の値は Server ID の履歴に保存されています）
diagnose-cli-recorded = 記録しました：{ $host } 上のインスタンス #{ $id }「{ $label }」
diagnose-cli-given-by-hand = 手動で指定（{ $file }）
diagnose-cli-product = 製品：
diagnose-cli-read-from = 読み取り元：
diagnose-cli-server-id = Server ID：
diagnose-cli-database = データベース：
diagnose-cli-from-source = { $value }（{ $source } から）
diagnose-cli-not-found = 見つかりません
diagnose-cli-no-licences = ライセンス：見つかりません
diagnose-cli-licence-heading = ライセンス { $n } / { $count }（{ $source } から）
diagnose-cli-cannot-be-decoded = デコードできません：{ $error }
diagnose-cli-none = なし
diagnose-cli-yes = はい
diagnose-cli-name = 名前
diagnose-cli-evaluation = 評価
diagnose-cli-organisation = 組織
diagnose-cli-purchased = 購入日
diagnose-cli-notes = メモ
diagnose-cli-key-file-holds-several = { $file } にはライセンス キーが { $count } 個含まれています。比較するキーを 1 つだけ含むファイルを指定してください
diagnose-cli-given-key-damaged = { $file } のキー（--key で指定）はデコードできません：{ $error }
diagnose-cli-stdin-unreadable = 標準入力を読み取れません
diagnose-cli-standard-input = 標準入力
diagnose-cli-key-file-unreadable = キー ファイル { $file } を読み取れません
diagnose-cli-key-file-too-large = { $file }：ライセンス キー ファイルとしては大きすぎます（{ $max } バイト超）
diagnose-cli-key-file-not-text = { $file }：テキスト ファイルではないため、ライセンス キーではありません
diagnose-cli-key-file-empty = { $file }：ファイルが空です。ライセンス キーではありません
key-error-empty = ライセンス キーが空です
key-error-too-large = 入力がライセンス キーとしては大きすぎます（{ $size } バイト。キーは 1～2 KB で、受け付けるのは最大 { $max } バイトです）
key-error-legacy-version-1 = 旧形式のバージョン 1 のライセンス キーです：オフラインではデコードできません
key-error-missing-trailer = ライセンス キーではありません：バージョン 2 のキーの末尾にある「X」+ バージョン + 長さの部分がありません
key-error-unsupported-version = サポートされていないライセンス キーのバージョン「{ $version }」です：デコードできるのはバージョン 2 のキー（01 または 02）のみです
key-error-wrong-length = 破損したライセンス キーです：長さの表示は { $declared } 文字ですが、実際は { $actual } 文字です（コピー中に文字が失われたか追加されました）
key-error-not-base64 = 破損したライセンス キーです：有効な base64 ではありません（{ $detail }）
key-error-truncated = 破損したライセンス キーです：途中で切れています（データに { $needed } バイト必要ですが、{ $available } バイトしかありません）
key-error-bad-magic = Atlassian のライセンス キーではありません：ライセンス テキストが想定されたマジック バイトで始まっていません
key-error-bad-zlib = 破損したライセンス キーです：圧縮されたライセンス テキストを展開できません（{ $detail }）
key-error-inflated-too-large = デコードを中止しました：ライセンス テキストを展開すると { $max } バイトを超えます（正規のキーは 2 KB 未満です）
key-error-properties-not-utf8 = 破損したライセンス キーです：ライセンス テキストが UTF-8 ではありません（オフセット { $offset } に無効なバイト）
key-error-bad-properties = 破損したライセンス キーです：{ $line } 行目のライセンス プロパティが不正です：{ $reason }
key-error-bad-signature-encoding = 破損したライセンス キーです：署名が DER エンコードの DSA 署名ではありません
key-signature-valid = 署名を検証済み：正規の Atlassian キーです
key-signature-invalid = 署名を検証できません：正規の Atlassian キーではありません
key-date-relative = { $raw }（ライセンスの適用から { $period }後）
key-date-relative-unknown = { $raw }（ライセンスの適用時から起算）
key-period-milliseconds = { $n } ミリ秒
key-period-seconds = { $n } 秒
key-period-minutes = { $n } 分
key-period-hours = { $n } 時間
key-period-days = { $n } 日
key-users = { $n } ユーザー
key-users-unlimited = 無制限ユーザー
key-none-found = ライセンス キーが見つかりません
key-stdin-unreadable = 標準入力からキーを読み取れません
key-heading = キー { $n } / { $count }（{ $line } 行目）：
key-yes = はい
key-no = いいえ
key-label-signature = 署名：
key-label-sen = SEN：
key-label-server-id = Server ID：
key-label-organisation = 組織：
key-label-contact = 連絡先：
key-label-description = 説明：
key-label-licence-type = ライセンス タイプ：
key-label-evaluation = 評価：
key-label-data-center = Data Center：
key-label-purchased = 購入日：
key-label-created = 作成日：
key-label-support-expires = サポート期限：
key-label-licence-expires = ライセンスの有効期限：
key-label-products = 製品：
install-error-not-found = { $path }：そのようなファイルやディレクトリはありません
install-error-io = { $path } を読み取れません：{ $reason }
install-error-not-a-product-home = { $path } は製品のホーム ディレクトリではありません：{ $looked_for } を探しました
install-error-unrecognised = { $path }：製品のホーム ディレクトリ、設定ファイル、サポート zip、Server ID かライセンス キーを含むテキストのいずれでもありません
install-error-bad-config = { $path }：{ $reason }
install-error-bad-zip = { $path }：読み取り可能な zip ファイルではありません：{ $reason }
install-error-zip-too-large = { $path }：展開を拒否しました：{ $reason }
install-error-file-too-large = { $path }：設定ファイルや貼り付けたテキストとしては大きすぎます（{ $size } バイト。最大 { $limit } バイト）
install-error-bad-server-id = 手動で指定された Server ID「{ $given }」は XXXX-XXXX-XXXX-XXXX の形式ではありません

## Reading an installation: notes on what could not be read and what to do by hand.

install-db-place = PostgreSQL（{ $host }:{ $port }、データベース { $database }、ユーザー { $user }）
install-db-connect-failed = { $place }に接続できませんでした：{ $reason }
install-db-query-failed = { $place }に接続しましたが、クエリが失敗しました：{ $reason }（製品のデータベースで間違いありませんか？）
install-not-connecting-no-database = データベースは読み取っていません（診断ページはデータベースに接続しません。コマンド ラインでは --no-database）
install-not-connecting-support-zip = { $file } はサポート zip の作成元マシン上のデータベースを指しているため、照会しません
install-not-connecting-not-postgresql = { $file } は { $kind } データベースを指しています。このツールが照会するのは PostgreSQL のみです
install-not-connecting-encrypted-password = { $file } のデータベース パスワードは暗号化されています。--db-password（または LICENSEDESK_DB_PASSWORD）で指定してください
install-note-bitbucket-no-jdbc-url = { $file } に jdbc.url がありません。この場合 Bitbucket は組み込みの H2 データベースで動作し、Bitbucket の実行中は読み取れません。［管理］>［ライセンス］で Server ID を確認して手動で指定する（Server ID の入力欄、または --server-id）か、次を手動で実行してください：{ $sql }
install-note-bitbucket-no-setup-licence = { $file } に setup.license がありません。Bitbucket は使用中のライセンスをデータベースに保存しています（［管理］>［ライセンス］で確認できます）
install-note-bitbucket-not-read = { $reason }：Bitbucket は Server ID をデータベースに保存しています。Server ID を手動で指定してください（Server ID の入力欄、または --server-id）
install-note-failed-ask-server-id = { $failure }。Server ID を手動で指定してください（Server ID の入力欄、または --server-id）
install-note-bitbucket-no-server-id-row = { $place }の app_property に server.id の行がありません：Bitbucket のセットアップが完了していません
install-note-bitbucket-licence-differs = データベースのライセンスが bitbucket.properties の setup.license と異なります。Bitbucket はデータベースのライセンスを使用します（setup.license は初回起動時にのみ適用されます）
install-note-jira-no-jdbc-url = { $file } に jdbc-datasource/url がありません：Jira の Server ID とライセンスを保存しているデータベースが不明です。Server ID を手動で指定してください（Server ID の入力欄、または --server-id）
install-note-jira-not-read = { $reason }：Jira は Server ID とライセンスをデータベースに保存しています。Server ID を手動で指定してください（Server ID の入力欄、または --server-id）
install-note-jira-not-read-licences = { $reason }：Jira は Server ID とライセンスをデータベースに保存しています
install-note-jira-no-server-id-row = { $place }に jira.sid.key プロパティがありません：Jira のセットアップが完了していません
install-note-jira-no-licence-row = { $place }の productlicense に行がありません：ライセンスがインストールされていません
install-note-manual-sql = { $kind } データベースで手動で実行する SQL：{ $sql }。実行例：{ $run }
install-note-sql-and = { $first }。さらに { $second }
install-run-sqlplus = { $connect } を実行してから：{ $sql }
install-run-embedded = まず製品を停止し（組み込みの { $kind } データベースは同時に 1 ユーザーしか使えません）、データベース付属のシェルで { $url } を開いて実行します：{ $sql }
install-run-other = お使いのデータベース クライアントで { $url } に対して：{ $sql }
install-note-fisheye-no-licence = { $file } の <license> にライセンスがありません：ライセンスがインストールされていないか、別の場所に保存されています
install-note-fisheye-no-server-id = Fisheye/Crucible は Server ID を config.xml に保存しません。［管理］>［システム設定］>［システム情報］で確認して手動で指定してください（Server ID の入力欄、または --server-id）
install-note-no-server-id-property = { $file } に { $property } プロパティがありません（セットアップは完了していますか？）
install-note-no-licence-property = { $file } に { $property } プロパティがありません：ライセンスがインストールされていません
install-note-unusual-server-id = Server ID { $value }（{ $source }）は通常の XXXX-XXXX-XXXX-XXXX の形式ではありません
install-note-other-server-id = { $source } に別の Server ID { $found } があります。最初に見つかった { $used }（{ $used_source }）を使用します
install-note-server-id-overridden = インストール自体の Server ID は { $read }（{ $read_source }）です。代わりに手動で指定された Server ID { $given } を使用します
install-note-licence-sanitised = { $source }：このコピーからはライセンスが削除されています（サポート ツールでサニタイズ済み）
install-note-zip-entries-not-read = 読み取らなかったエントリ：{ $entries }
install-note-separator = {"、"}
install-skipped-unreadable = { $name }（{ $error }）
install-skipped-not-text = { $name }（テキストではありません）
install-product-unidentified = 不明な製品
install-source-property = { $file } のプロパティ { $key }
install-source-key = { $file } のキー { $key }
install-source-element = { $file } の要素 { $path }
install-source-element-attribute = { $file } の要素 { $path } の属性 { $attribute }
install-source-line = { $file } の { $line } 行目
install-source-line-labelled = { $file } の { $line } 行目（{ $label }）
install-source-database-table = データベースのテーブル { $table }
install-source-database-row = データベースのテーブル { $table } の { $key }
install-source-given-by-hand = 手動で指定

## 送信トレイとリマインダーのコマンド（端末に表示：短く）

outbox-cli-cannot-create = フォルダー { $folder } を作成できません
outbox-cli-cannot-write = { $file } に書き込めません
outbox-cli-skipped = メール { $id } をスキップしました：{ $reason }
outbox-cli-written = { $failed ->
    [0] メール ファイル { $written } 件を { $folder } に書き込みました。
   *[other] メール ファイル { $written } 件を { $folder } に書き込みました。{ $failed } 件は書き込めませんでした。
}
reminders-cli-bad-from = --mail-from のアドレスは使用できません
reminders-cli-due = { $date } に送信予定のリマインダー { $reminders } 件：メール { $mails } 通を送信トレイに追加しました。
# $kind はメールのコード：support-reminder または evaluation-reminder。
reminders-cli-line = ライセンス { $id }：{ $kind ->
    [evaluation-reminder] 評価期限のリマインダー
   *[support-reminder] サポート期限のリマインダー
}、{ $days } 日前、メール { $mails } 通

## 日付：strftime のパターン（%Y 年、%m 月、%d 日、%-m と %-d は先頭のゼロなし、
## %H:%M 時刻）。

date-format = %Y/%m/%d
stamp-format = %Y/%m/%d %H:%M

## 言語

language-picker-label = 言語
language-unknown = licensedesk はその言語に対応していません。次のいずれかを選択してください：{ $codes }。

## 読み取れないアップロード

upload-unreadable = アップロードされたフォームを読み取れませんでした：{ $why }
upload-not-multipart = このアドレスはアップロード（multipart/form-data）を受け付けますが、このリクエストはアップロードではありませんでした。
upload-no-boundary = 本文に境界（boundary）がありません。
upload-boundary-without-line-break = 境界の後に改行がありません。
upload-headers-too-long = パートのヘッダーが長すぎます。
upload-no-headers = ヘッダーのないパートがあります。
upload-headers-not-text = パートのヘッダーがテキストではありません。
upload-ends-inside-part = パートの途中で本文が終わっています。
upload-no-name = 名前のないパートがあります。
upload-too-many-parts = パートが多すぎます。

# 管理：監査ログの操作コードと送信トレイのメールの種類。

audit-action-account-created = アカウント作成
audit-action-account-invited = アカウント招待
audit-action-account-disabled = アカウント無効化
audit-action-account-enabled = アカウント有効化
audit-action-profile-changed = プロフィール変更
audit-action-password-changed = パスワード変更
audit-action-password-reset = パスワード再設定
audit-action-reset-requested = パスワード再設定の依頼
audit-action-reset-link-created = パスワード再設定リンク作成
audit-action-invitation-resent = 招待の再送信
audit-action-invitation-accepted = 招待の承諾
audit-action-mail-requeued = メールの再送信予約
audit-action-sign-in = サインイン
audit-action-sign-in-failed = サインイン失敗
audit-action-sign-out = サインアウト
audit-action-contact-added = 担当者の追加
audit-action-contact-removed = 担当者の削除
audit-action-primary-changed = 主担当者の変更
audit-action-consolidation-requested = ライセンス移動の依頼
audit-action-consolidation-accepted = ライセンス移動の承諾
audit-action-consolidation-declined = ライセンス移動の辞退
audit-action-consolidation-cancelled = ライセンス移動の取り消し
audit-action-consolidated = ライセンスを別のアカウントに移動
audit-action-licence-added = ライセンスの追加
audit-action-licence-imported = ライセンスのインポート
audit-action-licence-updated-by-import = インポートによるライセンスの更新
audit-action-licence-renewed = ライセンスの更新
audit-action-licence-upgraded = ライセンスのアップグレード
audit-action-licence-archived = ライセンスのアーカイブ
audit-action-licence-restored = ライセンスの復元
audit-action-licence-deleted = ライセンスの削除
audit-action-evaluation-extended = 評価期間の延長
audit-action-developer-licence-linked = 開発者ライセンスの関連付け
audit-action-developer-licence-synced = 開発者ライセンスの同期
audit-action-organisation-changed = 組織の変更
audit-action-notes-changed = メモの変更
audit-action-auto-renew-on = 自動更新をオン
audit-action-auto-renew-off = 自動更新をオフ
audit-action-server-id-changed = Server ID の変更
audit-action-key-added = ライセンス キーの追加
audit-action-key-retrieved = ライセンス キーの取得
audit-action-key-restored = 以前のライセンス キーの復元

people-mail-kind-invitation = 招待
people-mail-kind-reset = パスワード再設定
people-mail-kind-contact-added = 担当者として追加
people-mail-kind-contact-removed = 担当者から削除
people-mail-kind-primary-changed = 主担当者の変更
people-mail-kind-support-reminder = サポート期限のお知らせ
people-mail-kind-evaluation-reminder = 評価ライセンスのお知らせ
people-mail-kind-consolidation = ライセンスの移動
people-mail-kind-account-disabled = アカウント無効化

## Lifecycle: the inner licence hash, refusals and key kinds
key-label-inner-hash = ライセンス ハッシュ：
key-label-refusal = 拒否する製品：
key-inner-hash-verified = ライセンス ハッシュを検証済み（キー バージョン { $version }）
key-inner-hash-not-required = ライセンス ハッシュはありませんが、不要です：このキーは 2021 年より前に作成されました
key-inner-hash-missing-required = このキーは 2021 年以降に作成されたのにライセンス ハッシュがありません：ハッシュを確認する製品はこのキーを拒否します
key-inner-hash-wrong = ライセンス ハッシュがライセンスのプロパティと一致しません：キーは作成後に変更されています
key-inner-hash-unknown-key-version = ライセンス ハッシュはこのツールが知らないキー バージョン { $version } で作成されているため、確認できません
key-hash-refusal-missing = { $product } { $version } 以降はこのキーを拒否します（「Failed to verify license hash: missing property licenseHash」）。
key-hash-refusal-wrong = ライセンス ハッシュを検証できないため、{ $product } { $version } 以降はこのキーを拒否します。
portal-inner-hash = ライセンス ハッシュ
diagnose-verdict-licence-hash-refused = 製品はインストールされているキーを拒否します：ライセンス ハッシュがないか、正しくありません。
diagnose-advice-licence-hash-refused = 有効なライセンス ハッシュを持つキーを適用してください：My Atlassian からライセンスを再ダウンロードする（2021 年以降に発行されたキーにはハッシュがあります）か、Atlassian に新しいキーを依頼してください。
diagnose-finding-licence-hash-missing = キー { $sen } は 2021 年以降に作成されたのにライセンス ハッシュがありません：{ $product } { $version } 以降はこのキーを拒否します（「Failed to verify license hash: missing property licenseHash」）。
diagnose-finding-licence-hash-wrong = キー { $sen } のライセンス ハッシュがプロパティと一致しません：キーは変更されており、ハッシュを確認する製品はこのキーを拒否します。
## Lifecycle: kinds of licence
kind-server = Server
kind-data-center = Data Center
kind-fisheye-crucible = Fisheye/Crucible
kind-evaluation = 評価
kind-developer = 開発者
kind-test = テスト ライセンス
kind-app = アプリ
kind-label = ライセンスの種類
kind-support-ends = サポート期限 { $date }：引き続き使用できますが、この日付より後にリリースされたバージョンはこのライセンスを受け付けません。
kind-support-ends-fisheye-crucible = サポート期限 { $date }：Fisheye と Crucible の Server ライセンスは引き続きサポートされ、更新できます。引き続き使用できますが、この日付より後にリリースされたバージョンはこのライセンスを受け付けません。
kind-licence-ends-data-center = ライセンス期限 { $date }：製品は読み取り専用になります。
kind-evaluation-ends = 評価期限 { $date }：この日付を過ぎると、製品はこのライセンスでは動作しなくなります。
kind-developer-follows = 開発者ライセンス：サポートは本番ライセンスに従い、{ $date } に終了します。この日付より後にリリースされたバージョンはこのライセンスを受け付けません。
kind-developer-follows-undated = 開発者ライセンス：サポートは本番ライセンスに従います。
kind-test-relative = テスト ライセンス：製品に適用してから { $period } で期限切れになります。Server ID には結び付けられていません。
kind-test-relative-unread = テスト ライセンス：製品に適用してから { $raw } で期限切れになります。Server ID には結び付けられていません。
kind-test-dated = アプリ開発者またはテスト用のテスト ライセンス：本番環境では使用できず、Server ID には結び付けられていません。
kind-app-support-ends = アプリのサポート期限 { $date }：アプリは引き続き使用できますが、この日付より後にリリースされたアプリのバージョンはこのライセンスを受け付けません。
kind-list-relative-expiry = 適用時から計算
## Lifecycle: cut-off dates, releases and upgrade eligibility

audit-action-lifecycle-file-replaced = ライフサイクル表を置き換えました
audit-action-lifecycle-file-reset = ライフサイクル表を同梱版に戻しました

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
    [cutoffs] 期限日
   *[releases] バージョン表
}
lifecycle-month-format = %Y年%-m月
lifecycle-heading = 各日付の意味
lifecycle-cutoff-server-support-end = { $when ->
    [past] Server のサポートは { $date } に終了しました。サポートはこの日を超えて更新できず、このライセンスのサポート期限後にリリースされたバージョンはこのライセンスを受け付けません。
   *[future] Server のサポートは { $date } に終了します。サポートはこの日を超えて更新できず、このライセンスのサポート期限後にリリースされたバージョンはこのライセンスを受け付けません。
}
lifecycle-cutoff-dc-new-subscriptions-end = { $when ->
    [past] Data Center の新規サブスクリプションは { $date } に終了しました。既存のサブスクリプションは引き続き更新できます。
   *[future] Data Center の新規サブスクリプションは { $date } に終了します。既存のサブスクリプションは引き続き更新できます。
}
lifecycle-cutoff-dc-last-purchase = { $when ->
    [past] Data Center の最後の購入とユーザー階層の変更は { $date } まででした。
   *[future] Data Center の購入とユーザー階層の変更は { $date } までです。それまでにこのライセンスのユーザー階層を変更してください。
}
lifecycle-cutoff-dc-end-of-life = { $when ->
    [past] Data Center は { $date } にサポート終了（EOL）を迎えました。
   *[future] Data Center は { $date } にサポート終了（EOL）を迎えます。{ $date } を超える更新はできません。
}
lifecycle-cutoff-source = 出典: { $who }
lifecycle-eligibility-heading = このライセンスでバージョンを実行できますか?
lifecycle-eligibility-product = 製品
lifecycle-eligibility-version = バージョン
lifecycle-eligibility-hint = 9.12 のような機能リリース。バージョン表には 2019 年以降の機能リリースがあります。
lifecycle-eligibility-check = 確認
lifecycle-verdict = { $verdict ->
    [yes] 対象
    [no] 対象外
   *[unknown] 判断できません
}
lifecycle-eligible = { $product } { $version }（{ $released } リリース）はこのライセンスを受け付けます。サポート期限 { $support } より前にリリースされました。
lifecycle-eligible-read-only = ライセンスは { $expiry } に終了します。その後はバージョンにかかわらず製品が読み取り専用になります。
lifecycle-not-eligible = { $product } { $version }（{ $released } リリース）はこのライセンスを受け付けません。サポート期限 { $support } より後にリリースされたバージョンは受け付けません。
lifecycle-cannot-tell = { $product } { $version } は { $released } にリリースされ、サポート期限 { $support } も同じ月です。バージョン表には日付がないため判断できません。リリースノートを確認してください。
lifecycle-no-support-expiry = このライセンスにはサポート期限がないため、{ $product } { $version } のリリース日（{ $released }）と比較できません。
lifecycle-test-licence = これはテスト ライセンスです。有効な間（適用時から数えて）{ $product } { $version } はこれを受け付けます。本番用ではありません。
lifecycle-evaluation = これは評価ライセンスです。ライセンスが { $expiry } に終了するまで { $product } { $version } を実行できます。
lifecycle-evaluation-no-expiry = これは評価ライセンスです。ライセンスが終了するまで { $product } { $version } を実行できます。
lifecycle-unknown-version = バージョン表に { $product } { $version } はありません。
lifecycle-nearest-version = { $version }（{ $released }）
lifecycle-nearest = 近いバージョン: { $versions }。
lifecycle-release-notes = リリースノート
lifecycle-release-source = リリースノート: { $url }
lifecycle-version-invalid = 「{ $version }」はバージョンではありません。9.12 や 9.12.3 のように書いてください。
lifecycle-product-unknown = バージョン表に製品「{ $product }」はありません。{ $codes } から選んでください。
lifecycle-file-error = { $line } 行目: { $reason }
lifecycle-problem-too-large = ファイルが { $max } KiB を超えています。
lifecycle-problem-too-many-rows = ファイルが { $max } 行を超えています。
lifecycle-problem-not-csv = この行は読み取れる CSV ではありません（閉じていない引用符、または UTF-8 でないテキスト）。
lifecycle-problem-header = 1 行目はヘッダー { $expected } でなければなりません。
lifecycle-problem-no-rows = ファイルにはヘッダーだけで行がありません。
lifecycle-problem-field-count = この行のフィールドは { $found } 個ですが、ヘッダーは { $expected } 個です。
lifecycle-problem-empty = フィールド { $column } が空です。
lifecycle-problem-too-long = フィールド { $column } が { $max } 文字を超えています。
lifecycle-problem-unknown-event = 「{ $value }」はイベントではありません。{ $codes } のいずれかを使ってください。
lifecycle-problem-unknown-deployment = 「{ $value }」はデプロイ形態ではありません。server か data-center を使ってください。
lifecycle-problem-unknown-product = 「{ $value }」はバージョン表の製品ではありません。{ $codes } のいずれかを使ってください。
lifecycle-problem-bad-date = フィールド { $column } が YYYY-MM-DD 形式の日付ではありません（リリース日は YYYY-MM でもかまいません）。
lifecycle-problem-bad-version = 「{ $value }」は 9.12 や 9.12.3 のようなバージョンではありません。
lifecycle-problem-bad-url = 出典が https:// または http:// のアドレスではありません。
lifecycle-problem-duplicate = 同じ行が { $first } 行目にすでにあります。
lifecycle-admin-link = ライフサイクル データ
lifecycle-admin-title = ライフサイクル データ
lifecycle-admin-intro = Server と Data Center の期限日とバージョン表が、ライセンス ページ、リマインダー、アップグレード可否の回答の内容を決めます。日付が変わったら表を置き換えてください。同じヘッダーの CSV ファイルをアップロードし、変更を確認してから確定します。
lifecycle-admin-shipped = 使用中: licensedesk に同梱の表、{ $rows } 行。
lifecycle-admin-imported = 使用中: { $who } が { $when } にインポート、{ $rows } 行。
lifecycle-admin-download = CSV でダウンロード
lifecycle-admin-file = CSV ファイル
lifecycle-admin-preview-button = 変更をプレビュー
lifecycle-admin-reset = 同梱の表に戻す
lifecycle-admin-preview-title = { $file ->
    [cutoffs] 期限日を置き換えますか?
   *[releases] バージョン表を置き換えますか?
}
lifecycle-admin-preview-summary = 使用中の表は { $before } 行、ファイルは { $after } 行です。{ $changes ->
    [one] 1 行が変わります。
   *[other] { $changes } 行が変わります。
}
lifecycle-admin-col-row = 行
lifecycle-admin-col-before = 変更前
lifecycle-admin-col-after = 変更後
lifecycle-admin-no-changes = ファイルの行は使用中の表と同じです。
lifecycle-admin-confirm = 表を置き換える
lifecycle-admin-cancel = キャンセル
lifecycle-admin-replaced = { $file ->
    [cutoffs] 期限日を置き換えました。
   *[releases] バージョン表を置き換えました。
}
lifecycle-admin-reset-done = { $file ->
    [cutoffs] 同梱の期限日を再び使用しています。
   *[releases] 同梱のバージョン表を再び使用しています。
}
lifecycle-admin-file-missing = アップロードする CSV ファイルを選んでください。
lifecycle-admin-not-utf8 = ファイルが UTF-8 テキストではありません。
lifecycle-cli-dry-run = { $file ->
    [cutoffs] 期限日を確認しました: { $rows } 行、{ $changes } 件の変更。何も変更していません（--dry-run）。
   *[releases] バージョン表を確認しました: { $rows } 行、{ $changes } 件の変更。何も変更していません（--dry-run）。
}
lifecycle-cli-imported = { $file ->
    [cutoffs] 期限日をインポートしました: { $rows } 行、{ $changes } 件の変更。
   *[releases] バージョン表をインポートしました: { $rows } 行、{ $changes } 件の変更。
}
lifecycle-cli-reset = { $file ->
    [cutoffs] 同梱の期限日を再び使用しています。
   *[releases] 同梱のバージョン表を再び使用しています。
}
lifecycle-cli-nothing-to-reset = { $file ->
    [cutoffs] 同梱の期限日はすでに使用中です。
   *[releases] 同梱のバージョン表はすでに使用中です。
}
lifecycle-cli-cannot-read = { $path } を読み取れません。
lifecycle-cli-refused = { $path } は拒否され、何も変更していません: { $reason }
eligible-cli-no-licence = SEN が { $sen } のライセンスは記録にありません。
eligible-cli-no-key = { $input } は記録にある SEN でも、ライセンス キーでも、キーを含むファイルでもありません。
eligible-cli-heading = { $product } { $version }: { $verdict }
## Lifecycle: app licences
apps-host-heading = ホスト ライセンス
apps-is-app-licence = これはアプリ (Marketplace) ライセンスです。独自の SEN、ユーザー階層、日付を持ち、ホスト ライセンス上で動作します。
apps-host-product = ホスト製品
apps-host-product-unknown = アプリのライセンス キーには記載がありません。下でホスト ライセンスを選択してください。
apps-host-jira = Jira
apps-host-confluence = Confluence
apps-host-bitbucket = Bitbucket
apps-host-bamboo = Bamboo
apps-host-crowd = Crowd
apps-host-fisheye-crucible = Fisheye/Crucible
apps-runs-on = 動作先
apps-not-linked = まだホスト ライセンスに関連付けられていません。
apps-host-hidden = 表示できないホスト ライセンスです。
apps-no-choices = 表示できる同じ組織のホスト ライセンスはありません。
apps-choose-host = ホスト ライセンス
apps-no-host = ホストなし (関連付けを解除)
apps-link-button = 関連付け…
apps-choose-hint = 表示できる同じ組織のライセンスだけが選択肢になります。次のページで確定します。
apps-hosted-heading = このライセンス上のアプリ
apps-col-app = アプリ
apps-col-findings = 検出事項
apps-no-findings = 検出事項なし
apps-finding-tier-below-host = アプリのユーザー階層 ({ $app }) がホストの階層 ({ $host }) を下回っています。アプリはホストの全ユーザーをカバーする必要があります。
apps-finding-server-app-on-data-center = Data Center ホスト上の Server アプリ ライセンスです。{ $cutoff } 以降に開始した Server アプリ ライセンスは拒否されます。このライセンスの開始日は { $started } です。
apps-finding-server-app-on-data-center-undated = Data Center ホスト上の Server アプリ ライセンスです。{ $cutoff } 以降に開始した Server アプリ ライセンスは拒否されます。このライセンスの開始日は不明です。
apps-finding-support-before-host = アプリのサポートは { $app } に終了し、ホストの { $host } より前です。
apps-confirm-title = アプリ ライセンスをホストに関連付ける
apps-confirm-link = アプリ ライセンス { $app } をホスト ライセンス { $host } に関連付けますか?
apps-confirm-unlink = アプリ ライセンス { $app } とホスト ライセンスの関連付けを解除しますか?
apps-confirm-button = 確定
apps-host-not-chosen = 一覧からホスト ライセンスを選択してください。
apps-host-not-allowed = そのライセンスはこのアプリのホストにできません。同じ組織のホスト ライセンスを選択してください。
apps-flash-host-linked = アプリ ライセンスのホストを保存しました。
audit-action-app-licence-linked = アプリ ライセンスをホストに関連付け
## 実際に見つかるインストール：Jira の XML バックアップ、コンテナーの環境変数、組み込み H2 データベース、サポート zip で製品自身が報告する内容
install-found-none = （なし）
install-found-run-h2 = まず製品を停止し（H2 は同時に 1 つのプログラムしかファイルを開けません）、製品の h2-*.jar がある場所（インストール先の WEB-INF/lib フォルダー）で次を実行します：{ $command }
install-found-backup-no-server-id = { $file } に jira.sid.key プロパティがないため、このバックアップからは Server ID がわかりません。Jira の［管理］>［システム］>［システム情報］で確認して手動で指定してください（Server ID の入力欄、または --server-id）
install-found-backup-no-licence = { $file } に ProductLicense の行がありません。このバックアップの作成時にはライセンスがインストールされていませんでした
install-found-server-id-not-in-environment = { $file } からライセンスは得られますが、コンテナーの環境変数に Server ID が含まれることはありません：{ $product ->
    [confluence] Confluence はホーム ボリューム内の confluence.cfg.xml に保存しています。そのフォルダーに対して licensedesk server-id を実行するか、Confluence の［一般設定］>［システム情報］で確認してください
    [bitbucket] Bitbucket はデータベース（app_property テーブル）に保存しています。ホーム ボリュームに対して licensedesk server-id を実行するか、Bitbucket の［管理］>［ライセンス］で確認してください
    [bamboo] Bamboo はホーム ボリューム内の bamboo.cfg.xml に保存しています。そのフォルダーに対して licensedesk server-id を実行するか、Bamboo の［管理］>［システム情報］で確認してください
   *[other] 製品はホーム ボリュームかデータベースに保存しています。ホーム ボリュームに対して licensedesk server-id を実行するか、製品の管理画面で確認してください
}
install-found-home-volume = docker inspect によると、製品のホームはホストの { $volume } からマウントされています。Server ID を読み取るには、そのフォルダーに対して licensedesk server-id を実行してください
install-found-embedded-h2 = { $product } は組み込みの H2 データベース（{ $found }）で動作しています。{ $product } の実行中は読み取れず、このツールも開きません。{ $product } を停止してから、その h2-*.jar がある場所（インストール先の WEB-INF/lib フォルダー）で次を実行してください：{ $command }
install-found-report-detail = { $name }：{ $value }
install-found-product-report = { $file } には製品自身が報告する内容があります：SEN { $sen }、Server ID { $server_id }。ライセンスの詳細：{ $details }
install-found-reported-server-id-differs = 製品は Server ID { $reported } を報告しています（{ $file }）が、{ $read_source } には { $read } とあります。zip 内の設定は実行中の製品が使っているものではありません（別のインスタンスからコピーされたか、製品の起動後に変更されました）
install-found-reported-sen-differs = 製品は { $reported } を報告しています（{ $file }）が、インストールされているキーは { $in_keys } です。製品は設定内のキーとは別のライセンスで動作しているか、zip の作成後にライセンスが変更されました
## Installations: the database's Server ID, cluster nodes, app licences and test licences
install-note-confluence-not-read = { $reason }：Confluence はデータベース（BANDANA テーブル）の Server ID で動作しますが、ここに表示した confluence.cfg.xml の Server ID とは照合していません
install-note-confluence-failed = { $failure }。表示している Server ID は confluence.cfg.xml のもので、Confluence はデータベースの Server ID で動作します
install-note-confluence-no-server-id-row = { $place }の BANDANA に confluence.server.id の行がありません：confluence.cfg.xml の Server ID を使用します
install-note-confluence-server-ids-disagree = confluence.cfg.xml では { $file }（{ $file_source }）ですが、データベースでは { $database } です。Confluence はデータベースの Server ID（ここに表示）で動作します。ファイルの値は別のインストール（復元またはコピーされたデータベース）の名残です
install-note-jira-app-licences-failed = アプリのライセンスを読み取れませんでした：{ $failure }
# One other node of the cluster in a list: its node id, label and host.
diagnose-other-cluster-node = ノード { $node }（{ $host } 上の { $label }）
diagnose-note-other-cluster-nodes = Server ID { $server_id } は、この Data Center クラスターの他のノードにも記録されています：{ $others }。クラスターのすべてのノードはクラスターの Server ID を持ちます。これは 1 つのインストールであり、複製されたインスタンスではありません。
diagnose-note-server-id-not-enforced-for-test = キー { $sen } はテストライセンスで、Server ID { $expected } 向けに発行されています。インストールの Server ID は { $installation } です。テストライセンスは Server ID に縛られないため、不一致ではありません。
# The installation's line for a Data Center node: its node id, the cluster it belongs to (a
# shared home or a cluster name) and where that was read.
diagnose-cli-cluster-node = クラスターノード：
diagnose-cli-cluster-node-value = { $node }（クラスター { $cluster }、{ $source } から）
# The Diagnose page: the label of the line naming a Data Center node.
diagnose-cluster-node-label = クラスターノード
install-note-jira-app-licence-sql = Jira はアプリ（Marketplace）のライセンスもデータベースに保存しています。一覧するには次を実行してください：{ $sql }
## Lifecycle: end of Data Center overview and cut-off reminders

eodc-title = Data Center の終了
eodc-intro = アーカイブされていないすべての Data Center ライセンスを組織別に、各期限日がそのライセンスにとって何を意味し、何を決める必要があるかとともに示します。最も近い決定が先頭です。
eodc-cutoffs-heading = 期限日
eodc-cutoffs-shipped = これらは licensedesk に同梱の期限日表の日付です。
eodc-cutoffs-imported = これらは { $by } が { $date } にインポートした期限日表の日付です。
eodc-col-event = 期限
eodc-col-date = 日付
eodc-col-source = 出典
eodc-col-licence = ライセンス
eodc-col-product = 製品
eodc-col-tier = ユーザー層
eodc-col-licence-expiry = ライセンスの有効期限
eodc-col-support-expiry = サポート期限
eodc-col-meaning = 期限日の意味と決めるべきこと
eodc-event-server-support-end = Server のサポート終了
eodc-event-dc-new-subscriptions-end = Data Center の新規サブスクリプション終了
eodc-event-dc-last-purchase = 最終購入とユーザー層の変更
eodc-event-dc-end-of-life = Data Center の提供終了
eodc-source = 出典: { $who }
eodc-download-csv = CSV でダウンロード
eodc-empty = 使用中の Data Center ライセンスはありません。決めるべきことはありません。
eodc-no-organisation = 組織が記録されていません
eodc-group-count = { $count ->
   *[other] { $count } 件のライセンス
}
eodc-next-decision = 次の決定期限: { $date }
eodc-nothing-ahead = すべての期限日が過ぎています。
eodc-no-cutoff = 表の期限日はこのライセンスに該当しません。
eodc-line-new-subscriptions-ahead = Data Center の新規サブスクリプションは { $date } に終了します。この日以降に失効したサブスクリプションは再購入できません。
eodc-line-new-subscriptions-ended = Data Center の新規サブスクリプションは { $date } に終了しました。失効したサブスクリプションは再購入できないため、失効させないでください。
eodc-line-lapsed = このサブスクリプションは、Data Center の新規サブスクリプションが { $date } に終了した後の { $lapsed } に失効しました。再購入はできません。
eodc-line-last-purchase-ahead = ユーザー層の変更と最終購入は { $date } に終了します。それまでに最終的なユーザー層を決めてください。
eodc-line-last-purchase-passed = ユーザー層の変更と最終購入は { $date } に終了しました。ユーザー層は確定しています。
eodc-line-renews = このサブスクリプションは { $renews } に更新されます。{ $date }（提供終了）を超える更新はできません。
eodc-line-end-of-life-ahead = Data Center は { $date } に提供終了となります。それまでにこの製品の移行先を決めてください。
eodc-line-end-of-life-passed = Data Center は { $date } に提供終了となりました。
eodc-line-support-end-ahead = サポートは { $date } に終了します。製品は引き続き使えますが、この日以降にリリースされたバージョンはこのライセンスを受け付けません。
eodc-line-support-end-passed = サポートは { $date } に終了しました。この日以降にリリースされたバージョンはこのライセンスを受け付けません。
eodc-mail-heading = Data Center の終了がこのライセンスにとって意味すること:
eodc-mail-source = 出典: { $who }、{ $url }
eodc-reminder-subject = { $event }（{ $date }）: { $days ->
   *[other] あと { $days } 日
}
eodc-reminder-what-server-support-end = Server ライセンスのサポートは { $date } に終了します。この日以降にリリースされたバージョンはそれらを受け付けません。
eodc-reminder-what-dc-new-subscriptions-end = Data Center の新規サブスクリプションは { $date } に終了します。その後に失効したサブスクリプションは再購入できません。
eodc-reminder-what-dc-last-purchase = Data Center のユーザー層の変更と最終購入は { $date } に終了します。お客様はそれまでに最終的なユーザー層を決めます。
eodc-reminder-what-dc-end-of-life = Data Center は { $date } に提供終了となります。それを超えるサブスクリプションはなく、各製品はそれまでに移行先が必要です。
eodc-reminder-licences = { $count ->
   *[other] 使用中の Data Center ライセンス { $count } 件が該当します。概要に、決めるべきことと一緒に表示されます:
}
eodc-reminder-why = ポータルの管理者としてこのメールを受け取っています。管理者には、Data Center の各期限日の { $schedule } 日前にリマインダーが送信されます。
people-mail-kind-cutoff-reminder = Data Center の期限日のリマインダー
eodc-reminders-cli-line = { $event }（{ $date }）：管理者へのリマインダー、{ $days } 日前、メール { $mails } 通
# A field an import's preview lists when it changes.
import-field-kind = ライセンスの種類

## Lifecycle: eligibility of products a licence does not cover, and of bug-fix releases
lifecycle-not-covered = このライセンスは { $product } を対象としていません。{ $covered } のライセンスであり、{ $product } のどのバージョンもこのライセンスを受け付けません。
lifecycle-later-fix = リリース表にあるのは { $product } { $feature }（{ $released } リリース、サポート期限 { $support } より前）です。バグ修正リリース { $version } はその後に出ており、期限より後であればライセンスを受け付けません。リリースノートで { $version } のリリース日を確認してください。

## Organisations: customer companies, their managers and consultants
organisation-read-only = この組織へのアクセスは読み取り専用です。閲覧はできますが、変更はできません。

## Organisations — co-term planner
org-coterm-title = 期間の統一：{ $organisation }
org-coterm-intro = Atlassian は、各ライセンスを月単位で更新して期間を統一します。更新は今日からではなく前回のサポート期限から数えられ、すべてのライセンスのサポートが同じ日に終わるようになります。
org-coterm-until-label = 共通のサポート終了日
org-coterm-until-hint = 提案：{ $date }。これらのライセンスのうち最も遅いサポート期限で、どのライセンスのサポートも短くなりません。
org-coterm-show = 計画を表示
org-coterm-download-csv = CSV でダウンロード
org-coterm-col-licence = ライセンス
org-coterm-col-sen = SEN
org-coterm-col-expiry = サポート期限
org-coterm-col-months = 月数
org-coterm-col-new-expiry = 新しいサポート期限
org-coterm-col-note = 備考
org-coterm-note-exact = { $months } か月更新：{ $from } → { $until }
org-coterm-note-short = { $from } に終了：月単位では { $target } にちょうど届きません。最も近いのは { $until }（{ $months } か月）で、{ $days } 日足りません。
org-coterm-note-on-target = すでに目標日に終了します。更新は不要です。
org-coterm-note-after-target = すでに目標日より後に終了します。更新は不要です。
org-coterm-note-within-a-month = 目標日の { $days } 日前に終了します。1 か月未満のため、更新は不要です。
org-coterm-note-too-far = 遠すぎます：1 回の更新は最長 { $max } か月です。
org-coterm-left-out-heading = 計画に含まれないライセンス
org-coterm-left-out-evaluation = 評価ライセンス：評価は延長するもので、更新はしません。
org-coterm-left-out-test = テスト用ライセンス：更新する有償サポートがありません。
org-coterm-left-out-developer = 開発者ライセンス：サポートは本番ライセンスに従います。
org-coterm-left-out-archived = アーカイブ済み。
org-coterm-left-out-no-support-expiry = 更新の起点となるサポート期限がありません。
org-coterm-empty = この組織には期間を統一できるライセンスがありません。
org-coterm-create = 更新の注文を作成…
org-coterm-read-only = この組織へのアクセスは閲覧のみです。計画は表示できますが、注文は組織の管理者が行います。
org-coterm-confirm-title = { $count } 件の更新注文を作成しますか？
org-coterm-confirm-intro = { $organisation } について次の更新注文を作成します。各注文はライセンスのサポート期限を、{ $target } に揃える新しい日付へ移します：
org-coterm-confirm-button = 更新の注文を作成
org-coterm-nothing-to-order = この計画には月単位で更新できるライセンスがありません。注文するものはありません。
org-coterm-flash-created = { $count } 件の更新注文を作成しました。
## Organisations — the partner dashboard and the monthly reports
org-dash-nav = ダッシュボード
org-dash-title = パートナーダッシュボード
org-dash-all = すべての組織
org-dash-intro = { $date } 時点の各組織のライセンスを状態別に数えています。各数値から、その数に含まれるライセンスを開けます。アーカイブ済みのライセンスは数えません。
org-dash-empty = 表示する組織はありません。
org-dash-col-organisation = 組織
org-dash-col-next-renewal = 次回の更新
org-dash-col-report = 月次レポート
org-dash-col-sen = SEN
org-dash-col-product = 製品
org-dash-col-name = ライセンス
org-dash-col-why = 理由
org-dash-state-active = 有効
org-dash-state-expiring = 90 日以内にサポート終了
org-dash-state-support-expired = サポート期限切れ
org-dash-state-evaluation = 評価ライセンス
org-dash-state-test = テストライセンス
org-dash-state-single-contact = 担当者が 1 人以下
org-dash-state-primary-inactive = 主担当者が非アクティブ
org-dash-state-no-billing = 請求先担当者なし
org-dash-no-organisation = 組織なし
org-dash-total = 合計
org-dash-report-link = レポート
org-dash-warnings-heading = バス係数の警告
org-dash-licence-count = { $count ->
    [one] 1 件のライセンス
   *[other] { $count } 件のライセンス
}
org-dash-no-warning = この警告のあるライセンスはありません。
org-dash-more = ほか { $count } 件
org-dash-why-single-contact = 唯一の担当者：{ $email }
org-dash-why-no-contact = 担当者がいません
org-dash-why-disabled = 主担当者（{ $role ->
    [billing] 請求先担当者
   *[technical] 技術担当者
}）{ $email } は無効です
org-dash-why-not-since = 主担当者（{ $role ->
    [billing] 請求先担当者
   *[technical] 技術担当者
}）{ $email } は { $date } 以降サインインしていません
org-dash-why-never = 主担当者（{ $role ->
    [billing] 請求先担当者
   *[technical] 技術担当者
}）{ $email } は一度もサインインしていません（アカウント作成日 { $date }）
org-dash-why-no-billing = 請求先担当者なし
org-report-title = { $organisation } の月次レポート
org-report-dashboard-link = この組織のダッシュボード
org-report-is-on = 月次レポートはオンです。組織の管理者は毎月初めにメールで受け取ります。
org-report-is-off = 月次レポートはオフです。誰も受け取りません。
org-report-switch-legend = メールによる月次レポート
org-report-switch-on = オン
org-report-switch-off = オフ
org-report-save = 保存
org-report-bad-on = オンかオフを選んでください。
org-report-no-managers = この組織には管理者がいません。管理者ができるまで、レポートは誰にも届きません。
org-report-queued = 今月のレポートは送信キューに入っています。
org-report-not-queued = 今月のレポートはまだ送信キューに入っていません。
org-report-preview-heading = 今月のレポート（受け取る内容のとおり）
org-report-mail-kind = 組織の月次レポート
org-report-mail-subject = { $organisation }：{ $month } のライセンスレポート
org-report-mail-intro = { $organisation } のライセンスに関する { $month } の月次レポートです。
org-report-mail-expiring-heading = 今後 90 日以内に終了するサポート：
org-report-mail-expiring-line = { $name }：サポート終了日 { $date }
org-report-mail-expiring-none = 今後 90 日以内に終了するサポートはありません。
org-report-mail-changes-heading = { $date } 以降の変更：
org-report-mail-changes-none = 変更はありません。
org-report-change-added = 追加：{ $licence }（{ $product }）
org-report-change-renewed = 更新：{ $licence }（{ $product }）、サポート終了日は { $date } になりました
org-report-change-archived = アーカイブ：{ $licence }（{ $product }）
org-report-change-restored = 復元：{ $licence }（{ $product }）
org-report-change-contacts = 担当者の変更：{ $licence }（{ $product }）
org-report-mail-warnings-heading = バス係数の警告：
org-report-mail-warning-line = { $state }：{ $licence }（{ $product }）：{ $why }
org-report-mail-warnings-none = 警告はありません。
org-report-mail-dashboard = { $organisation } のダッシュボード：
org-report-mail-why = { $organisation } の管理者としてこのメールを受け取っています。管理者または組織の管理者は、ここで月次レポートをオフにできます：
org-report-cli-line = { $organisation }：{ $month } の月次レポート、{ $mails ->
    [one] 1 通のメール
   *[other] { $mails } 通のメール
}
audit-action-organisation-reports-on = 組織の月次レポートをオン
audit-action-organisation-reports-off = 組織の月次レポートをオフ
## Organisations — the list by organisation
org-list-col-organisation = 組織
org-list-organisation-on-key = ライセンス キー上の組織
org-list-organisation-label = 組織
org-list-all-organisations = すべての組織
org-list-no-organisation = 組織なし
# An organisation number typed into a link that is none of the viewer's organisations.
org-list-unknown-organisation = 組織番号 { $id }
org-list-more-organisations = ここでは名前順で最初の { $count } 組織だけを選べます。他の組織のライセンスを一覧するには、その組織のページまたは「組織」列のリンクを使ってください。
org-list-filters-label = 絞り込み条件
org-list-chip-organisation = 組織：{ $name }
org-list-chip-state = 表示中：{ $state }
org-list-remove-filter = この絞り込みを解除
org-list-state-active = 有効なライセンス
org-list-state-expiring = { $days } 日以内にサポート期限
org-list-state-support-expired = サポート期限切れ
org-list-state-evaluation = 評価ライセンス
org-list-state-test = テスト ライセンス
org-list-state-single-contact = 担当者が 1 人以下
org-list-state-primary-inactive = 主担当者が無効、または { $days } 日間サインインしていない
org-list-state-no-billing = 請求先担当者なし
org-list-group = 組織ごとにまとめる
org-list-ungroup = まとめを解除
org-list-group-count = このページに { $count } 件
org-list-no-match = これらの条件に一致するライセンスはありません。
org-list-bad-organisation = 一覧は組織の番号で絞り込めます。組織に属さないライセンスは「none」で絞り込めます。
org-list-bad-state = 一覧は次の状態で絞り込めます：active、expiring、support-expired、evaluation、test、single-contact、primary-inactive、no-billing。
org-list-bad-group = 一覧は組織ごとにのみまとめられます。
## Organisations — managers and consultants
org-access-title = { $organisation } のメンバー
org-access-lead = 各ライセンスの担当者のほかに、次の人が { $organisation } のすべてのライセンスにアクセスできます。管理者はライセンスを閲覧・管理し、コンサルタントはアクセス終了まで閲覧のみできます。
org-access-licences-link = ライセンス
org-access-managers-heading = 組織の管理者
org-access-managers-none = この組織にはまだ管理者がいません。
org-access-consultants-heading = コンサルタント
org-access-consultants-none = アクセスを付与されたコンサルタントはいません。
org-access-col-address = アドレス
org-access-col-since = 開始
org-access-col-added-by = 追加した人
org-access-col-until = 最終日
org-access-col-keys = ライセンス キー
org-access-col-granted-by = 付与した人
org-access-col-state = 状態
org-access-col-actions = 操作
org-access-keys-with = キーあり
org-access-keys-without = キーなし
org-access-state-running = 有効
org-access-state-ended = 終了
org-access-state-revoked = 取り消し済み
org-access-you = （あなた）
org-access-remove = 削除
org-access-revoke = 取り消す
org-access-email-label = メール アドレス
org-access-email-hint = アカウントのないアドレスには、パスワードを設定するための招待が届きます。
org-access-language-label = 招待の言語（このアドレスのアカウントがまだない場合）
org-access-add-manager-heading = 管理者を追加
org-access-add-manager-button = 管理者を追加
org-access-grant-heading = コンサルタントに閲覧のみのアクセスを付与
org-access-until-label = アクセスの最終日
org-access-until-hint = 今日より後で、最長 { $days } 日後まで。この日が終わるとアクセスは自動的に終了します。
org-access-with-keys-label = ライセンス キーを含める（チェックしない場合、キーは非表示のままです）
org-access-grant-button = アクセスを付与
org-access-read-only-note = { $date } まで閲覧のみのアクセス（{ $actor } が付与）。
org-access-cancel = キャンセル
org-access-remove-title = 管理者を削除
org-access-remove-body = { $email } は { $organisation } のライセンスを閲覧・管理できなくなります（一部のライセンスの担当者である場合を除く）。
org-access-remove-button = 管理者を削除
org-access-revoke-title = コンサルタントのアクセスを取り消す
org-access-revoke-body = { $email } は { $organisation } のライセンスへの閲覧アクセスをただちに失います。管理者にはメールで通知されます。
org-access-revoke-button = アクセスを取り消す
org-access-refused-title = 実行できません
org-access-back = { $organisation } のメンバーに戻る
org-access-already-manager = { $email } はすでにこの組織の管理者です。
org-access-account-disabled = アカウント { $email } は無効です。先に有効にしてください。
org-access-administrator = { $email } は管理者で、すでにすべての組織を参照できます。
org-access-already-granted = { $email } にはこの組織への有効なアクセス権がすでにあります。変更するには、先に取り消してください。
org-access-until-missing = アクセスの最終日を日付（YYYY-MM-DD）で入力してください。
org-access-until-not-after-today = アクセスの最終日は今日より後でなければなりません。
org-access-until-too-long = アクセスの期間は最長 { $days } 日です。最終日は遅くとも { $latest } です。
org-access-remove-last = 組織の最後の管理者を削除できるのはシステム管理者だけです。
org-access-remove-yourself = 自分自身を管理者から削除することはできません。ほかの管理者かシステム管理者に依頼してください。
org-access-not-a-manager = このアカウントはこの組織の管理者ではありません。
org-access-revoke-not-running = このアクセスはすでに終了しています。
org-access-key-withheld = キーは非表示です。あなたのアクセスにはキーが含まれていません。
org-access-download-withheld = この組織へのあなたのアクセスにはライセンス キーが含まれていません。
org-access-reminders-cli-ended = { $count } 人のコンサルタントのアクセスが終了しました。各組織の管理者に通知しました。
org-access-mail-kind = 組織へのアクセス
org-access-mail-invitation-reason = { $actor } があなたに { $organisation } のライセンスの{ $role ->
        [manager] 管理
       *[consultant] 閲覧のみのアクセス
    }を付与しました。
org-access-mail-people-link = 組織の管理者とコンサルタント:
org-access-mail-licences-link = ライセンス:
org-access-mail-started-subject = コンサルタントが { $organisation } のライセンスを閲覧できるようになりました
org-access-mail-started-body = { $actor } が { $consultant } に { $organisation } のライセンスへの閲覧のみのアクセスを { $until }（最終日）まで付与しました。ライセンス キーは{ $keys ->
        [with] 含まれます
       *[without] 含まれません
    }。
org-access-mail-granted-subject = { $organisation } のライセンスへの閲覧のみのアクセス
org-access-mail-granted-body = { $actor } があなたに { $organisation } のライセンスへの閲覧のみのアクセスを { $until }（最終日）まで付与しました。ライセンス キーは{ $keys ->
        [with] 含まれます
       *[without] 含まれません
    }。
org-access-mail-manager-subject = { $organisation } のライセンスの管理者になりました
org-access-mail-manager-body = { $actor } があなたを { $organisation } の管理者にしました。この組織のすべてのライセンスを閲覧・管理できます。
org-access-mail-ended-subject = { $consultant } の { $organisation } へのアクセスが終了しました
org-access-mail-ended-body = { $consultant } の { $organisation } のライセンスへの閲覧のみのアクセスは終了しました。
audit-action-organisation-manager-added = 組織の管理者の追加
audit-action-organisation-manager-removed = 組織の管理者の削除
audit-action-organisation-access-granted = コンサルタントへのアクセス付与
audit-action-organisation-access-revoked = コンサルタントのアクセス取り消し
audit-action-key-viewed = コンサルタントへのライセンス キーの表示
## Organisations — organisations themselves
org-title = 組織
org-nav-organisations = 組織
org-none = 担当している組織はありません。管理者または組織のマネージャーがアクセス権を付与できます。
org-none-yet = まだ組織はありません。ライセンスはキーとともに組織を持ち込みます。下で作成することもできます。
org-col-name = 組織
org-col-licences = ライセンス
org-col-managers = マネージャー
org-no-managers = マネージャーなし
org-new-heading = 新しい組織
org-name-label = 名前
org-create-button = 組織を作成
org-name-blank = 名前を入力してください。
org-name-too-long = 名前は { $max } 文字以内です。
org-name-control = 名前に制御文字は使えません。
org-name-taken = この名前の組織はすでにあります:
org-back-to-list = ← すべての組織
org-licence-count = { $count ->
   *[other] { $count } 件のライセンス
}
org-link-people = マネージャーとコンサルタント
org-link-dashboard = ダッシュボード
org-link-coterm = 期間統一プランナー
org-link-report = 月次レポート
org-rename-heading = 名前の変更
org-rename-button = 名前を変更
org-merge-link = 別の組織に統合…
org-merge-title = { $name } を統合
org-merge-intro = ライセンスとマネージャーは選んだ組織に移り、コンサルタントのアクセス権は終了し、この組織は削除されます。
org-merge-into-label = 統合先
org-merge-next = 次へ
org-merge-no-other = 統合先となる他の組織がありません。
org-merge-into-itself = 組織をそれ自身に統合することはできません。
org-merge-confirm = { $from } を { $into } に統合しますか?
org-merge-licences = { $count ->
   *[other] { $count } 件のライセンスが移ります
}
org-merge-managers = { $count ->
   *[other] { $count } 人のマネージャーが移ります
}
org-merge-grants = { $count ->
   *[other] 有効なコンサルタントのアクセス権 { $count } 件が終了します (引き続き必要な場合は、統合後の組織で改めて付与してください)
}
org-merge-gone = その後 { $name } は削除されます。
org-merge-button = 統合
org-cancel = キャンセル
org-belongs-to = 所属組織
org-no-organisation = 組織なし
org-move-label = 組織へ移動
org-move-button = 移動
org-unknown = いずれかの組織を選んでください。
org-on-the-key = キーに記載の組織
org-flash-created = 組織を作成しました。
org-flash-renamed = 組織の名前を変更しました。
org-flash-merged = 組織を統合しました。
org-flash-licence-moved = このライセンスは別の組織に所属するようになりました。
org-import-column = 組織
org-import-joins = { $name } に追加
org-import-new = 新しい組織 { $name }
audit-action-organisation-created = 組織を作成
audit-action-organisation-renamed = 組織の名前を変更
audit-action-organisations-merged = 組織を統合
audit-action-licence-organisation-moved = ライセンスを別の組織へ移動
org-cli-unknown = その番号の組織はありません（`licensedesk organisation list` を参照）。
org-cli-merged = { $from } を { $into } に統合しました: { $count ->
   *[other] { $count } 件のライセンスを移しました。
}

## 自動化: JSON API とそのトークン

audit-action-api-token-created = API トークンを作成
audit-action-api-token-revoked = API トークンを取り消し
api-token-missing = 個人用アクセス トークンを送信してください: Authorization: Bearer ldpat_…(アカウント ページで作成できます)。
api-token-invalid = このトークンは当ポータルのものではありません。入力ミス、途中で切れている、またはここで作成されていません。
api-token-expired = このトークンは { $date } に期限切れになりました。アカウント ページで新しいトークンを作成してください。
api-token-revoked = このトークンは取り消されました。アカウント ページで新しいトークンを作成してください。
api-token-account-disabled = このトークンのアカウントは無効になっています。
api-token-read-only = このトークンは読み取り専用です。変更するには書き込みスコープのトークンを作成してください。
api-not-found = ここには何もないか、このトークンで見られるものがありません。
api-method-not-allowed = このアドレスはそのメソッドを受け付けません。受け付けるメソッド: { $allow }。
api-too-large = リクエスト本文が大きすぎます。ここでは最大 { $limit } バイトです。
api-json-required = 本文は JSON で、Content-Type: application/json を付けて送信してください。
api-bad-json = 本文がこのアドレスの受け付ける JSON ではありません: { $reason }
api-json-object = 本文は、項目に名前の付いた 1 つの JSON オブジェクトです。
api-token-organisation-out-of-reach = このトークンは、そのアカウントがもうアクセスできない組織に限定されています(アクセス権の期限切れ、またはマネージャーからの削除)。新しいトークンを作成してください。
api-bad-dry-run = dry_run は true または false です。
api-invalid = { $count ->
    [one] 1 件の項目が受け付けられませんでした。errors を参照してください。
   *[other] { $count } 件の項目が受け付けられませんでした。errors を参照してください。
}
api-401-title = トークンが必要です
api-404-title = 見つかりません
api-422-title = 受け付けられません

## Automation — personal access tokens

token-heading = API トークン
token-intro = トークンを使うと、スクリプトや監視ホストがあなたとして、あなたの権限で JSON API を利用できます。必要なら読み取りのみ、または 1 つの組織に限定できます。パスワードと同様に扱ってください。
token-none = API トークンはありません。
token-col-name = 名前
token-col-scope = 範囲
token-col-organisation = ライセンス
token-col-created = 作成日
token-col-expires = 有効期限
token-col-last-used = 最終使用
token-col-state = 状態
token-col-actions = 操作
token-scope-read = 読み取り
token-scope-write = 読み取りと書き込み
token-all-visible = 表示できるすべて
token-never = なし
token-state-live = 有効
token-state-expired = 期限切れ
token-state-revoked = 取り消し済み
token-revoke-button = 取り消す
token-new-heading = 新しいトークン
token-name-label = 名前
token-name-hint = 用途。例：「monitor-01 の Nagios」
token-scope-label = 範囲
token-scope-read-option = 読み取り：ライセンスの一覧と表示
token-scope-write-option = 読み取りと書き込み：Web で変更できるものの変更も可能
token-organisation-label = ライセンス
token-organisation-all = 表示できるすべてのライセンス
token-days-label = 有効日数
token-days-hint = 1〜366 日。空欄の場合は 90 日。
token-create-button = トークンを作成
token-name-missing = トークンに名前を付けてください。
token-name-too-long = トークンの名前は 80 文字以内です。
token-name-unprintable = 名前に制御文字が含まれています。入力し直してください。
token-days-invalid = 1 から 366 までの整数の日数を入力してください。
token-organisation-unknown = あなたの組織のいずれか、または表示できるすべてのライセンスを選んでください。
token-made-heading = トークン { $name } を作成しました
token-secret-label = 新しいトークン
token-made-copy = 今すぐコピーしてください。再表示されません。
token-made-example = 例：
token-revoke-title = トークン { $name } を取り消しますか？
token-revoke-body = これを使うスクリプトはすぐに動作しなくなります。
token-revoke-confirm = トークンを取り消す
token-cancel = キャンセル
token-flash-revoked = トークンを取り消しました。これを使うスクリプトは今後拒否されます。
token-cli-no-account = アドレス { $email } のアカウントはありません。
token-cli-disabled = アカウント { $email } は無効です。
token-cli-organisation-unknown = 名前または番号が { $organisation } の組織はありません（`licensedesk organisation list` を参照）。
token-cli-organisation-not-reached = { $email } はその組織を管理しておらず、有効なアクセス権もありません。
token-cli-created = { $email } のトークン { $id }（{ $name }）を作成しました。有効期限は { $expires }（UTC）です。
token-cli-none = トークンはありません。
token-cli-col-id = 番号
token-cli-col-account = アカウント
token-cli-all = アカウントが表示できるすべて
token-cli-not-found = { $email } には番号 { $id } の有効なトークンがありません（`licensedesk token list` を参照）。
token-cli-revoked = { $email } のトークン { $id } を取り消しました。
## Automation — role mailboxes
mailbox-heading = 役割メールボックス
mailbox-intro-organisation = これらの共有アドレスは、アカウントにならずに { $organisation } のリマインダーと通知を受け取ります：サポートと評価版のリマインダー、ライセンスの担当者の変更、月次レポート。
mailbox-intro-portal = これらの共有アドレスは、アカウントにならずにすべてのライセンスのリマインダーと Data Center の期限日のリマインダーを受け取ります。
mailbox-none = 役割メールボックスはまだありません。
mailbox-col-address = アドレス
mailbox-col-language = 言語
mailbox-col-added = 追加した人
mailbox-remove-link = 削除
mailbox-add-heading = 役割メールボックスを追加
mailbox-address-label = アドレス
mailbox-address-hint = licences@customer.example のような共有アドレスです。アカウントにはならず、サインインもしません。
mailbox-language-label = メールの言語
mailbox-add-button = メールボックスを追加
mailbox-already = { $address } はすでにここの役割メールボックスです。
mailbox-language-unknown = 4 つの言語のいずれかを選んでください。
mailbox-remove-title = 役割メールボックスを削除
mailbox-remove-body-organisation = { $address } は { $organisation } のリマインダーと通知を受け取らなくなります。
mailbox-remove-body-portal = { $address } はポータルのリマインダーを受け取らなくなります。
mailbox-remove-button = メールボックスを削除
mailbox-cancel = キャンセル
mailbox-read-only = 組織の役割メールボックスを変更できるのは、管理者またはその組織の管理者だけです。
mailbox-mail-reminder-why-organisation = このアドレスは { $organisation } の役割メールボックスとしてリマインダーを受け取っています。リマインダーは { $schedule } 日前に送信されます。
mailbox-mail-reminder-why-portal = このアドレスはポータルの役割メールボックスとしてリマインダーを受け取っています。リマインダーは { $schedule } 日前に送信されます。
mailbox-mail-cutoff-why = このアドレスはポータルの役割メールボックスとしてリマインダーを受け取っています。Data Center の各期限日の { $schedule } 日前に送信されます。
mailbox-mail-contacts-subject = { $licence } の担当者が変更されました
mailbox-mail-contact-added = 記録用：{ $actor }が { $email } をライセンス { $licence }（{ $name }）の{ $role ->
        [technical] 技術担当者
       *[billing] 請求担当者
    }として追加しました。
mailbox-mail-contact-removed = 記録用：{ $actor }が { $email } をライセンス { $licence }（{ $name }）の{ $role ->
        [technical] 技術担当者
       *[billing] 請求担当者
    }から削除しました。
mailbox-mail-primary-changed = 記録用：{ $actor }が { $email } をライセンス { $licence }（{ $name }）の主{ $role ->
        [technical] 技術担当者
       *[billing] 請求担当者
    }にしました。
mailbox-mail-contacts-why = このアドレスは { $organisation } の役割メールボックスとして通知を受け取っています。
mailbox-mail-report-why = このアドレスは { $organisation } の役割メールボックスとして月次レポートを受け取っています。管理者または組織の管理者は、ここでレポートをオフにできます：
mailbox-cli-added = { $address } は { $owner } のメールを受け取るようになりました。
mailbox-cli-removed = { $address } は { $owner } のメールを受け取らなくなりました。
mailbox-cli-portal = ポータル
mailbox-cli-none = 役割メールボックスはありません。
mailbox-cli-not-found = ここにはそのアドレスの役割メールボックスはありません（`licensedesk organisation mailbox list` を参照）。
audit-action-mailbox-added = 役割メールボックスを追加しました
audit-action-mailbox-removed = 役割メールボックスを削除しました
## Automation — calendar feed and auditor exports
feed-heading = カレンダーフィード
feed-intro = カレンダーフィードは、あなたが閲覧できる各ライセンスのサポート終了日、ライセンスの有効期限、評価ライセンスの終了日をカレンダーアプリに登録し、ポータルのリマインダーの時期に通知します。アドレスは秘密です。アドレスを知っている人は誰でもこれらの日付を見ることができます。
feed-none = カレンダーフィードはまだありません。
feed-active = カレンダーフィードは { $date } に作成されました。アドレスは作成時に一度だけ表示されました。
feed-create = カレンダーフィードを作成
feed-regenerate = 新しいアドレスを発行
feed-regenerate-hint = 新しいアドレスは古いアドレスに置き換わり、古いアドレスはすぐに使えなくなります。
feed-revoke = カレンダーフィードを停止
feed-created-title = あなたのカレンダーフィード
feed-created-lead = これがカレンダーフィードのアドレスです。表示されるのは今回だけです。カレンダーアプリにコピーしてください。紛失した場合は新しいアドレスを発行してください。
feed-url-label = フィードのアドレス
feed-how-heading = 購読の方法
feed-how-thunderbird = Thunderbird：カレンダーで「新しいカレンダー」を選び、「ネットワーク上」を選んで、アドレスを場所として貼り付け、確定します。
feed-how-outlook = Outlook：「予定表を追加」から「Web から定期受信」（デスクトップ版では「インターネットから」）を選び、アドレスを貼り付けて確定します。
feed-how-refresh = カレンダーアプリは数時間ごとにフィードを再取得します。新しいライセンスや変更された日付はそのときに反映されます。
feed-back = アカウントに戻る
feed-revoke-title = カレンダーフィードを停止しますか？
feed-revoke-body = フィードのアドレスはすぐに使えなくなります。購読中のカレンダーには取得済みの日付が残りますが、新しい日付は届かなくなります。
feed-revoke-button = フィードを停止
feed-cancel = キャンセル
feed-flash-revoked = カレンダーフィードを停止しました。
feed-calendar-name = { $portal }（{ $host }）：{ $account } のライセンス
feed-event-support = サポート終了：{ $licence }
feed-event-licence = ライセンス期限切れ：{ $licence }
feed-event-evaluation = 評価ライセンス終了：{ $licence }
feed-licence = { $product }：{ $name }（{ $sen }）
feed-licence-no-sen = { $product }：{ $name }
feed-description-organisation = 組織：{ $organisation }
feed-description-no-organisation = 組織：なし
feed-description-link = ライセンスのページ：{ $url }
feed-alarm = { $days } 日後：{ $what }
audit-action-calendar-feed-created = カレンダーフィードを作成
audit-action-calendar-feed-regenerated = カレンダーフィードのアドレスを変更
audit-action-calendar-feed-revoked = カレンダーフィードを停止
feed-audit-download = これらのエントリを CSV でダウンロード
feed-audit-download-hint = ファイルには、フィルターで見つかったエントリが新しい順に最大 { $max } 件含まれます。
feed-orders-download = これらの注文を CSV でダウンロード
feed-orders-download-hint = ここに表示されるすべての注文（新しい順、最大 { $max } 件）。
## Automation — webhooks
hook-title = Webhook
hook-intro = Webhook は、ポータルのイベントを別のシステム（チャットチャンネル、チケットシステム、独自のサービス）に、シークレットで署名した HTTPS リクエストで通知します。組織の Webhook にはその組織のライセンスのイベントが、ポータル全体の Webhook にはすべてのイベントが通知されます。
hook-empty = Webhook はまだありません。
hook-col-url = アドレス
hook-col-format = 形式
hook-col-scope = 対象
hook-col-events = イベント
hook-col-created = キュー登録
hook-col-event = イベント
hook-col-state = 状態
hook-col-attempts = 試行回数
hook-col-last-error = 最後のエラー
hook-col-actions = 操作
hook-scope-portal = ポータル全体
hook-format-json = 汎用 JSON
hook-format-slack = Slack
hook-format-teams = Microsoft Teams
hook-event-support-expiring = サポート期限が近い
hook-event-licence-expired = ライセンス期限切れ
hook-event-evaluation-ending = 評価ライセンスの終了が近い
hook-event-primary-changed = 主担当者の変更
hook-event-import-applied = インポートの適用
hook-event-diagnosis-findings = 問題が見つかった診断
hook-event-test = テストイベント
hook-new-heading = 新しい Webhook
hook-field-url = アドレス（http:// または https://）
hook-field-format = 形式
hook-field-scope = 組織
hook-field-events = イベント
hook-create = Webhook を作成
hook-form-invalid = Webhook は作成されませんでした。下に示された項目を修正してください。
hook-error-url-empty = イベントの送信先アドレスを入力してください。
hook-error-url-too-long = アドレスが 2,000 文字を超えています。
hook-error-url-scheme = アドレスは http:// または https:// で始まる必要があります。
hook-error-url-no-host = アドレスにホスト名がありません。
hook-error-url-credentials = アドレスにユーザー名やパスワードを含めることはできません。受信側では代わりに署名を検証してください。
hook-error-url-characters = アドレスに空白や制御文字を含めることはできません。
hook-error-format = 形式を 1 つ選択してください。
hook-error-organisation = 一覧から組織を選ぶか、ポータル全体を選択してください。
hook-error-events = イベントを 1 つ以上選択してください。
hook-page-title = Webhook { $id }
hook-language = テキストの言語
hook-created = 作成日時
hook-secret = 署名シークレット
hook-secret-hint = 各配信には X-Licensedesk-Signature: sha256= に続けて、このシークレットをキーとしたリクエスト本文の HMAC-SHA256（16 進）を含むヘッダーが付きます。受信側は同じ値を計算し、一致しないリクエストを破棄します。
hook-send-test = テストイベントを送信
hook-delete = 削除
hook-delete-title = Webhook { $id } を削除しますか？
hook-delete-question = { $url } にはイベントが通知されなくなります。まだ行われていない配信は破棄され、完了した配信は一覧に残ります。
hook-delete-confirm = Webhook を削除
hook-cancel = キャンセル
hook-back = Webhook 一覧に戻る
hook-deliveries-heading = 最近の配信
hook-deliveries-empty = 配信はまだありません。
hook-air-gapped = 配信はサーバーが送信先に到達できるまで送信トレイで待機し、失敗すると 1 分、5 分、30 分、2 時間、12 時間後に再試行され、その後失敗となります。ネットワークのないサイトではキューに残ります。
hook-retry = 再送信
hook-retry-refused = この配信は失敗していないか、Webhook が削除されています。再送信するものはありません。
hook-text-support-expiring = { $licence } のサポート期限まであと { $days } 日です（{ $date }）。
hook-text-evaluation-ending = 評価ライセンス { $licence } はあと { $days } 日で終了します（{ $date }）。
hook-text-licence-expired = ライセンス { $licence } は { $date } に期限切れになりました。
hook-text-primary-technical = { $person } が { $licence } の主担当者（技術担当者）になりました。
hook-text-primary-billing = { $person } が { $licence } の主担当者（請求担当者）になりました。
hook-text-import-applied = インポートでライセンスを { $added } 件追加、{ $updated } 件更新、{ $skipped } 件スキップしました。
hook-text-diagnosis-findings = サーバー ID { $server } の診断で見つかった問題: { $findings }。
hook-text-test = licensedesk からのテストイベントです。この Webhook に到達できます。
audit-action-webhook-created = Webhook を作成
audit-action-webhook-deleted = Webhook を削除
audit-action-webhook-tested = Webhook のテストイベントを送信
audit-action-webhook-delivery-requeued = Webhook の配信を再キュー
hook-enabled = 有効
hook-paused = 一時停止中
hook-pause = 一時停止
hook-resume = 再開
hook-error-enabled = フォームに Webhook を一時停止するか再開するかが指定されていません。
audit-action-webhook-enabled = Webhook を再開
audit-action-webhook-disabled = Webhook を一時停止

## Automation — the API's contacts, orders, installations and audit log

api-people-409-title = 現在の状態では実行できません
api-people-audit-narrowed = 組織に限定されたトークンでは監査ログ全体を読めません。組織を限定しない管理者のトークンを使ってください。

## Automation — check
# The monitoring check's status line and lines (`licensedesk check`). OK, WARNING, CRITICAL and
# UNKNOWN, and the perfdata labels, are words of the plugin protocol and stay as they are.
check-cli-nothing-ends = { $count } 件のライセンスを確認しました。{ $days } 日以内に終了するものはありません
check-cli-attention = { $count } 件のライセンスに対応が必要です：{ $list }
check-cli-summary-item = { $licence }：{ $ending }
check-cli-and-more = ほか { $count } 件
check-cli-licence-with-sen = { $product }（{ $sen }）
check-cli-licence-without-sen = { $product }（ライセンス { $id }）
check-cli-line = { $licence }、{ $organisation }：{ $endings }
check-cli-line-no-organisation = { $licence }：{ $endings }
check-cli-ending-on = { $ending }（{ $date }）
check-cli-licence-ends = { $days ->
    [0] ライセンスは本日期限切れになります
   *[other] ライセンスは { $days } 日後に期限切れになります
}
check-cli-licence-ended = ライセンスは { $days } 日前に期限切れになりました
check-cli-support-ends = { $days ->
    [0] サポートは本日終了します
   *[other] サポートは { $days } 日後に終了します
}
check-cli-support-ended = サポートは { $days } 日前に終了しました
check-cli-evaluation-ends = { $days ->
    [0] 評価版は本日終了します
   *[other] 評価版は { $days } 日後に終了します
}
check-cli-evaluation-ended = 評価版は { $days } 日前に終了しました
check-cli-unknown-organisation = 「{ $organisation }」という名前または番号の組織はありません（`licensedesk organisation list` を参照）
check-cli-malformed-sen = 「{ $sen }」は SEN ではありません（SEN- の後に英数字）
check-cli-unknown-sen = SEN が { $sen } のライセンスはありません
check-cli-critical-after-warning = --critical（{ $critical }）は --days（{ $days }）より大きくできません
check-cli-too-many-days = { $days } 日はしきい値の上限を超えています（最大 { $max }）
check-cli-bad-arguments = { $error }（`licensedesk check --help` を参照）
check-cli-no-database = { $path } にデータベースがありません（--data-dir でポータルのデータディレクトリを指定してください）
check-cli-cannot-read = データベース { $path } を読み取れません：{ $error }
check-cli-failed = チェックに失敗しました：{ $error }
check-cli-no-token = --url には個人用アクセストークンが必要です：--token を指定するか LICENSEDESK_TOKEN を設定してください
check-cli-bad-url = 「{ $url }」はポータルのアドレスではありません（http:// または https://）
check-cli-unreachable = { $url } に接続できません：{ $error }
check-cli-token-refused = トークンが拒否されました（{ $status }）：{ $detail }
check-cli-http-status = ポータルの応答は { $status } でした：{ $detail }
check-cli-not-a-report = { $url } からの応答はチェックレポートではありません
check-api-days = 0 から { $max } までの整数の日数を指定してください。

## Automation — the API's import, export and diagnosis
api-data-bad-flag = { $name } は true または false です。
api-data-import-narrowed = 1 つの組織に限定されたトークンではインポートできません。インポートで追加されるライセンスは、キーに記載された組織に加わるためです。アカウントで見えるすべてを対象とするトークンを使ってください。
api-data-import-content-type = キーは Content-Type: text/plain の本文として、ポータル自身のエクスポートは text/csv または application/json として送信してください。
api-data-diagnose-content-type = インストールのテキストは JSON（{"{"}"text": "…"{"}"}、Content-Type: application/json）で、サポート zip は Content-Type: application/zip で送信してください。

## Automation — the API's licence changes
api-lic-outside-organisation = このキーが示す組織は「{ $named }」のため、ライセンスはこのトークンが届く唯一の組織 { $organisation } に属しません。組織に限定されていないトークンで追加してください。
api-lic-amount-malformed = 金額は数字の文字列で指定し、小数点（ピリオド）の後は 2 桁までにしてください（例: "1200" または "1200.50"）。

## Web の診断、記録されたインストール、リマインダーのアドレスとメールの文面
# コマンド ラインがオプション名を示す箇所での「診断」ページの文言。
diagnose-page-advice-server-id-mismatch = キーはそのまま使用してください。新しいキーは不要です。このページの「更新」ボタンで、記録されている Server ID をインストールのものに更新してください。以前の値はライセンスの Server ID 履歴に残ります。
diagnose-page-advice-key-not-in-inventory = ポータルがこのライセンスを把握できるよう、「インポート」ページでキーを追加してください。
diagnose-page-advice-no-licence = 製品の管理画面でライセンスを適用してください。製品が読み取れなかったデータベースにライセンスを保存している場合は、表示された SQL を実行し、クエリの下の入力欄にキーを貼り付けてください。
diagnose-page-advice-cannot-tell = 表示された SQL を製品のデータベースで実行し、その結果をクエリの下の入力欄に貼り付けてください。
diagnose-page-note-no-server-id = インストールの Server ID を読み取れなかったため、Server ID は比較していません。Server ID の入力欄に入力して、もう一度診断してください。
install-page-note-bitbucket-no-jdbc-url = { $file } に jdbc.url がありません。この場合 Bitbucket は組み込みの H2 データベースで動作し、Bitbucket の実行中は読み取れません。管理 > ライセンスの Server ID を Server ID の入力欄に入力するか、次を手動で実行してください：{ $sql }
install-page-note-bitbucket-not-read = { $reason }：Bitbucket は Server ID をデータベースに保存しています。Server ID の入力欄に入力してください（Bitbucket では 管理 > ライセンス に表示されます）
install-page-note-failed-ask-server-id = { $failure }。Server ID を Server ID の入力欄に入力してください
install-page-note-jira-no-jdbc-url = { $file } に jdbc-datasource/url がありません。Jira の Server ID とライセンスを保存しているデータベースが不明です。Server ID を Server ID の入力欄に入力してください（Jira では 管理 > システム > システム情報 に表示されます）
install-page-note-jira-not-read = { $reason }：Jira は Server ID とライセンスをデータベースに保存しています。Server ID を Server ID の入力欄に入力してください（Jira では 管理 > システム > システム情報 に表示されます）
install-page-note-fisheye-no-server-id = Fisheye/Crucible は Server ID を config.xml に保存していません。管理 > System Settings > System Info で確認し、Server ID の入力欄に入力してください
install-page-found-backup-no-server-id = { $file } には jira.sid.key プロパティがないため、このバックアップからは Server ID がわかりません。Jira の 管理 > システム > システム情報 で確認し、Server ID の入力欄に入力してください
install-page-not-connecting = データベースは読み取っていません（「診断」ページはデータベースに接続しません）
# 「診断」ページからインストールを記録する。
diagnose-record-legend = このインストールを記録
diagnose-record-label = ポータルに記録する
diagnose-record-hint = 使用しているライセンスの「インストール先」に表示されます。記録できるのは、変更権限のあるライセンスのインストールだけです。
diagnose-record-name-label = ラベル
diagnose-record-name-hint = インストールの名前（例：「wiki 本番」）。同じラベルとホストで再度記録すると、以前の記録が置き換えられます。
diagnose-record-host-label = ホスト（任意）
diagnose-record-host-hint = 実行しているマシン（例：web01.example.com）。
diagnose-record-label-missing = 記録するには、インストールにラベルを付けてください。
diagnose-record-text-invalid = 改行なしで { $max } 文字以内にしてください。
diagnose-record-no-licence = 記録していません。インストールのキーに、あなたが変更できるライセンスはありません。
diagnose-record-not-yours = 記録していません。インストールは、あなたが閲覧のみできるライセンスを使用しています。
diagnose-record-label-taken = このホストには同じラベルの記録済みインストールが別にあります。別のラベルを選んでください。
diagnose-recorded = 「{ $label }」（{ $host }）として記録しました。
# 記録されたインストールを削除する。
installation-none = —
installation-read-only = このインストールのライセンスは閲覧のみ可能で変更できないため、削除できません。
installation-deleted = インストールを削除しました。
installation-delete-title = 記録されたインストールを削除しますか？
installation-delete-question = { $host } 上の「{ $label }」（{ $product }、Server ID { $server_id }）をインストールの一覧から削除します。
installation-delete-recorded = { $date } に { $by } が記録。
installation-delete-licences = 次のライセンスの「インストール先」に表示されなくなります：
installation-delete-keeps = ライセンス自体は変更されません。インストールを再度記録すると（「診断」ページまたはコマンド ライン）、再び表示されます。
installation-delete-button = インストールを削除
installation-cancel = キャンセル
installation-column-actions = 操作
installation-delete-link = 削除…
installation-delete-named = インストール「{ $label }」を削除
audit-action-instance-recorded = インストールを記録
audit-action-instance-deleted = インストールを削除
# メール：ライセンスは一度だけ名前を示し、名前に製品が含まれない場合のみ製品を付ける。
mail-product-and-name = { $product } の { $name }
mail-licence-with-sen = { $name }（{ $sen }）
reminders-cli-no-base-url = --base-url の指定がなく、このデータ ディレクトリにはまだどのサーバーもアドレスを保存していません。メール内のリンクは { $url } を指します。
## Accounts — consolidation in the navigation, sign-in and invitations, import previews
nav-consolidate = 統合
people-plan-heading = { $product }：{ $name }
people-plan-heading-sen = { $product }：{ $name }（{ $sen }）
people-request-waiting-for-you = あなたの承認待ちです（{ $date } まで）。
sign-in-account-disabled = このアカウントは無効になっています。このポータルの管理者に再度有効にするよう依頼してください。
invitation-name-hint = ポータルとそのメールで他の人に表示される名前です。
import-where-pasted = 貼り付けたテキスト内
import-where-pasted-line = 貼り付けたテキストの { $line } 行目
import-where-pasted-reference = 貼り付けたテキスト内の { $reference }
import-where-file-line = { $file } の { $line } 行目
## 管理 — Web でのアカウント管理、送信トレイの zip、監査ログの変更内容
admin-invite-heading = ユーザーを招待
admin-invite-hint = 招待は、パスワードを設定するリンク付きで送信トレイに入ります。リンクは 1 回だけ、7 日間有効です。
admin-invite-email = メール アドレス
admin-invite-name = 名前 (任意)
admin-invite-language = 招待の言語
admin-invite-admin = 管理者 (すべてのライセンスとアカウントを表示・変更できます)
admin-invite-button = 招待を送信
admin-invite-taken = { $email } にはすでにアカウントがあります。
admin-flash-user-invited = ユーザーを招待しました。招待は送信トレイにあります。
admin-reset-link-button = リセット リンクを送信
admin-reset-link-title = { $email } のリセット リンク
admin-reset-link-refused = パスワード リセット リンクを送信できるのは有効なアカウントだけです。このアカウントは{ $state ->
        [invited] 招待中です。代わりに招待を再送信してください
       *[disabled] 無効です
    }。
admin-flash-reset-link-sent = パスワード リセット リンクを送信トレイに入れました。リンクは 1 回だけ、1 時間有効です。
admin-role-make-link = 管理者にする
admin-role-remove-link = 管理者を解除
admin-role-make-title = { $email } を管理者にしますか？
admin-role-remove-title = { $email } の管理者権限を解除しますか？
admin-role-make-body = { $email } はすべてのライセンスとアカウントを表示・変更し、監査ログと送信トレイを読み、他のユーザーを管理者にできるようになります。
admin-role-remove-body = { $email } には担当者になっているライセンスだけが表示され、管理ページは表示されなくなります。アカウントのその他の点は変わりません。
admin-role-remove-yourself = これはあなた自身のアカウントです。確定するとすぐに管理ページを使えなくなります。
admin-role-make-button = 管理者にする
admin-role-remove-button = 管理者を解除
admin-role-last-admin = { $email } は最後の有効な管理者です。先に別のアカウントを管理者にしてください。
admin-role-choice-missing = アカウントを管理者にするかどうかがフォームに含まれていません。確認ページのボタンを使ってください。
admin-flash-admin-granted = アカウントは管理者になりました。
admin-flash-admin-revoked = アカウントは管理者ではなくなりました。
admin-audit-refused = 上で示したフィルターを修正してください。検索は行われていません。
admin-audit-added = 追加
admin-audit-removed = 削除
admin-outbox-zip = { $count ->
       *[other] { $count } 件のメールをすべて .eml ファイルとしてダウンロード (zip)
    }
admin-outbox-zip-hint = 1 回のダウンロードは最大 { $max } 件です。状態を選ぶと件数を絞れます。
admin-outbox-zip-too-many = 送信トレイにはこの種類のメールが { $count } 件あり、1 回のダウンロードの上限 ({ $max } 件) を超えています。状態を選んで件数を絞るか、サーバーで次のコマンドを使ってすべてエクスポートしてください: licensedesk outbox export DIR
audit-action-reset-link-sent = パスワード リセット リンクを送信
audit-action-admin-granted = 管理者に設定
audit-action-admin-revoked = 管理者権限を解除
## ライセンスの詳細ページとその操作
details-error-summary-title = { $n ->
   *[other] { $n } 個の項目を修正してください：
}
details-confirm-subject = { $product } · { $name } · サポート資格番号 (SEN) { $sen }
details-gate-where-intro = 各製品でServer ID が表示される場所：
details-gate-where-jira = Jira：管理 › システム › システム情報
details-gate-where-confluence = Confluence：管理 › 一般設定 › システム情報
details-gate-where-bitbucket = Bitbucket：管理 › 設定 › ライセンス
details-gate-where-bamboo = Bamboo：管理 › システム › システム情報
details-gate-where-crowd = Crowd：管理 › ライセンス
details-gate-where-fisheye = Fisheye と Crucible：管理 › グローバル設定 › ライセンス
details-gate-server-id-hint = このキーを使うインストールのServer ID：英数字 4 文字 × 4 グループ（例：BG9T-XUV4-KZZH-B01W）。
details-upgrade-unlimited = このライセンスはすでにユーザー数無制限です。アップグレードできる上位のユーザー数はありません。
details-key-on-record = 登録されているライセンス キーは { $users } 用です（ライセンスは現在 { $tier }）。アップグレード後のキーを追加してください。
details-add-upgraded-key = アップグレード後のキーを追加
details-reason-evaluation = 新しい評価ライセンス
details-reason-by-hand = 手入力
details-evaluation-dates-unusual = この評価ライセンスの開始日と終了日が不自然です。下の日付を確認してください。
details-developer-unknown-action = このページではその操作はできません。
details-developer-not-chosen = 開発者ライセンスを選んでください。
details-developer-not-developer = 本番ライセンスに関連付けられるのは開発者ライセンスだけです。
details-developer-already-linked = この開発者ライセンスはすでに別の本番ライセンスに関連付けられています。先にそちらで関連付けを解除してください。
details-developer-not-linked = この開発者ライセンスはこのライセンスに関連付けられていません。
details-developer-link-title = 開発者ライセンスを関連付けますか？
details-developer-unlink-title = 開発者ライセンスの関連付けを解除しますか？
details-developer-link-intro = { $developer } を { $production } に関連付けます。サポート期限は本番ライセンスに従い、本番ライセンスの担当者がこのライセンスの担当者にもなります。
details-developer-unlink-intro = { $developer } と { $production } の関連付けを解除します。サポート期限と担当者はそのまま残り、本番ライセンスの更新には従わなくなります。
details-developer-link-confirm = 開発者ライセンスを関連付ける
details-developer-unlink-confirm = 関連付けを解除する
details-developer-unlink-button = 関連付けを解除
details-developer-link-heading = 登録済みの開発者ライセンスを関連付ける
details-developer-link-label = 開発者ライセンス
details-developer-link-hint = どの本番ライセンスにも関連付けられておらず、あなたが変更できる開発者ライセンスです。
details-developer-link-button = 関連付ける…
details-flash-developer-linked = 開発者ライセンスを関連付けました。
details-flash-developer-unlinked = 開発者ライセンスの関連付けを解除しました。
audit-action-developer-licence-unlinked = 開発者ライセンスの関連付け解除
## ライセンス一覧 — 列、並べ替え、開いた行、概要
list-col-state = 状態
list-col-open = 詳細
list-open-row = 詳細を表示：
list-close-row = 詳細を閉じる：
list-state-active = 有効
list-search-label = ライセンスを探す
list-empty-import = ファイルからライセンス キーをインポートするか貼り付ける
list-empty-add = ライセンスを手動で追加する
list-summary-label = ライセンスの概要
list-summary-licences = { $count ->
   *[other] ライセンスは { $count } 件あります。
}
list-summary-expiring = { $count ->
    [0] { $days } 日以内にサポート期限を迎えるものはありません。
   *[other] そのうち { $count } 件は { $days } 日以内にサポート期限を迎えます。
}
list-summary-consolidations = { $count ->
   *[other] { $count } 件の統合リクエストがあなたの回答を待っています。
}
list-sorted-ascending = （昇順で並べ替え済み）
list-sorted-descending = （降順で並べ替え済み）
list-compatibility = 互換性
list-bad-sort = 一覧はサポート期限（早い順または遅い順）、製品、組織、SEN で並べ替えられます。
list-bad-open = 開く行はライセンスの番号で指定します。
list-compatibility-note = { $product } { $version } 以前のリリースで使用でき（リリース表でサポート期限前に公開された最新版）、{ $tier } を含みます。
