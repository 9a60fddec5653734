# licensedesk: Deutsch. SEN und Server ID bleiben in jeder Sprache, wie sie sind.

## Die Seiten, die jeder Besucher sieht: Navigation, Anmeldung, Fehler, Import und Export

product-name = licensedesk
skip-to-content = Zum Inhalt springen
nav-licences = Lizenzen
nav-evaluations = Testlizenzen
nav-orders = Bestellungen
nav-import = Import
nav-diagnose = Diagnose
nav-admin = Administration
nav-signed-in-as = Angemeldet als
sign-out = Abmelden
sign-in-title = Anmelden
sign-in-button = Anmelden
email-label = E-Mail-Adresse
password-label = Passwort
stay-signed-in = Angemeldet bleiben
stay-signed-in-hint = 30 Tage lang in diesem Browser. An einem gemeinsam genutzten Computer nicht ankreuzen.
sign-in-failed = Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto.
sign-in-try-again-in = { $seconds ->
    [one] Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in { $seconds } Sekunde erneut.
   *[other] Zu viele fehlgeschlagene Anmeldungen. Versuchen Sie es in { $seconds } Sekunden erneut.
}
signed-out = Sie sind abgemeldet.
account-disabled = Diese E-Mail-Adresse und dieses Passwort passen zu keinem Konto.
setup-title = Administratorkonto anlegen
setup-intro = licensedesk wird zum ersten Mal ausgeführt. Das Konto, das Sie hier anlegen, verwaltet alle Lizenzen und Konten. Dieser Link funktioniert nur einmal.
setup-button = Administrator anlegen
name-label = Ihr Name
new-password-label = Neues Passwort
confirm-password-label = Passwort wiederholen
password-rules = 12 bis 72 Zeichen. Einige Wörter hintereinander ergeben ein gutes Passwort.
passwords-differ = Die beiden Passwörter stimmen nicht überein.
password-too-short = Das Passwort ist zu kurz: Verwenden Sie mindestens 12 Zeichen.
password-too-long = Das Passwort ist zu lang: höchstens 72 Byte.
email-empty = Geben Sie eine E-Mail-Adresse ein.
email-malformed = Eine E-Mail-Adresse hat die Form name@example.com.
email-too-long = Diese E-Mail-Adresse ist zu lang: Eine Adresse hat höchstens 254 Byte.
link-invalid-title = Dieser Link funktioniert nicht mehr
link-invalid-body = Er wurde bereits verwendet, ist abgelaufen oder war nie gültig. Bitten Sie einen Administrator um einen neuen.
reset-title = Neues Passwort wählen
reset-intro = Wählen Sie ein neues Passwort für { $email }. Alle anderen Sitzungen dieses Kontos werden beendet.
invitation-title = Willkommen bei licensedesk
invitation-intro = Sie wurden als { $email } eingeladen. Wählen Sie ein Passwort, um Ihr Konto zu aktivieren.
set-password-button = Passwort festlegen
password-set = Ihr Passwort ist festgelegt. Melden Sie sich damit an.
setup-done = Das Administratorkonto ist bereit. Melden Sie sich damit an.
licences-title = Lizenzen
licences-empty = Noch keine Lizenzen.
licences-empty-hint = Importieren Sie Lizenzschlüssel aus Dateien oder fügen Sie sie ein, oder fügen Sie eine Lizenz manuell hinzu.
error-400-title = Diese Anfrage war nicht verständlich
error-403-title = Nicht erlaubt
error-404-title = Seite nicht gefunden
error-404-body = Diese Seite existiert nicht, oder Sie haben keinen Zugriff darauf.
error-405-title = Hier nicht erlaubt
error-405-body = Diese Adresse existiert, aber nicht für diese Art von Anfrage (etwa die Adresse eines Formulars, als Seite geöffnet). Gehen Sie zurück und verwenden Sie die Schaltflächen der Seite.
error-408-title = Zu langsam
error-408-body = Ihre Daten kamen zu langsam an, und der Server hat aufgehört zu warten. Versuchen Sie es erneut.
error-413-title = Zu groß
error-413-body = Was Sie gesendet haben, ist größer, als diese Seite annimmt.
error-429-title = Zu viele Versuche
error-500-title = Etwas ist schiefgelaufen
error-500-body = Der Server konnte diese Anfrage nicht abschließen. Es wurde nichts geändert. Wenn es erneut passiert, wenden Sie sich an Ihren Administrator.
error-503-title = Ausgelastet
error-503-body = Der Server ist ausgelastet. Versuchen Sie es gleich noch einmal.
csrf-refused = Dieses Formular ist abgelaufen oder stammt nicht von dieser Website. Laden Sie die Seite neu und versuchen Sie es erneut.
back-home = Zurück zu den Lizenzen
import-title = Import und Export
import-intro = Fügen Sie Lizenzschlüssel ein, oder wählen Sie Schlüsseldateien, Konfigurationsdateien oder einen Export dieses Portals. Nichts ändert sich, bevor Sie die Vorschau bestätigen.
import-paste-label = Schlüssel einfügen
import-paste-hint = Ein oder mehrere Schlüssel, so wie sie kamen: in einer E-Mail, umbrochen, mit CRLF oder maskierten Zeilenumbrüchen, in XML oder einer .properties-Datei.
import-files-label = Oder Dateien wählen
import-files-hint = Schlüsseldateien, confluence.cfg.xml und Ähnliches oder ein CSV- bzw. JSON-Export von licensedesk.
import-allow-unverified = Auch Schlüssel importieren, deren Signatur nicht verifiziert werden kann
import-allow-unverified-hint = Sie werden als nicht echt markiert. Lassen Sie dies aus, sofern Sie nicht wissen, warum ein Schlüssel nicht verifiziert werden kann.
import-preview-button = Importvorschau
import-nothing = Fügen Sie mindestens einen Schlüssel ein oder wählen Sie eine Datei.
import-pasted-source = eingefügter Text
import-preview-title = Importvorschau
import-preview-summary = { $added } hinzuzufügen, { $updated } zu aktualisieren, { $skipped } zu überspringen, { $rejected } abgelehnt.
import-add-heading = Hinzuzufügen
import-update-heading = Zu aktualisieren (verlängert oder geändert)
import-skip-heading = Zu überspringen
import-rejected-heading = Abgelehnt
import-column-where = Wo
import-column-licence = Lizenz
import-column-reason = Grund
import-confirm-button = Jetzt importieren
import-cancel = Abbrechen
import-nothing-to-do = Es gibt nichts zu importieren: Jeder Eintrag wird übersprungen oder abgelehnt.
import-preview-expired = Diese Vorschau ist abgelaufen oder wurde bereits importiert. Erstellen Sie die Vorschau erneut.
import-done-title = Import abgeschlossen
import-done-summary = { $added } hinzugefügt, { $updated } aktualisiert, { $skipped } übersprungen, { $rejected } abgelehnt.
import-more = … und { $count } weitere
import-too-many-keys = Dies enthält mehr als { $max } Lizenzschlüssel, mehr als ein Import aufnimmt. Importieren Sie es in Teilen.
import-preview-too-large = Dieser Import ist zu groß, um ihn für eine Vorschau aufzubewahren ({ $size } MiB; höchstens { $max } MiB pro Konto). Importieren Sie ihn in Teilen.
import-previews-full = Der Server hält derzeit so viele Importvorschauen, wie er darf. Bestätigen oder verwerfen Sie eine Vorschau, oder versuchen Sie es in einigen Minuten erneut.
import-read-stopped = Das Lesen wurde bei { $at } beendet: Alles danach wurde nicht dekodiert.
import-preview-over-budget = Dieser Import ist zu groß, um ihn für eine Vorschau aufzubewahren (mehr als { $max } MiB pro Konto). Importieren Sie ihn in Teilen.
import-changed-since-preview = Der Bestand hat sich seit Ihrer Vorschau geändert; der Import würde jetzt Folgendes tun. Es wurde nichts importiert: Prüfen Sie es und bestätigen Sie erneut.
import-column-changes = Vorher → nachher
import-warnings-heading = Prüfen Sie dies, bevor Sie bestätigen
import-replace-genuine = Echte Schlüssel durch nicht verifizierbare Schlüssel ersetzen lassen ({ $count })
import-replace-genuine-hint = Ohne diese Option werden die Aktualisierungen, die als Ersatz eines echten Schlüssels markiert sind, ausgelassen, und alles andere wird importiert.
import-invite = Einladungen an die Konten senden, die dieser Import anlegt
import-invite-hint = Ohne diese Option werden neue Kontaktkonten als eingeladen angelegt, ohne dass eine Einladung gesendet wird (senden Sie sie später unter Administration); Verlängerungserinnerungen gehen weiterhin an jeden Kontakt einer Lizenz, auch an diese.
import-contacts-restored = { $count ->
    [one] Die Dateien nennen { $count } Kontakt: Er wird wie exportiert wiederhergestellt, samt primärer Kontakte; eine Adresse ohne Konto erhält eines (eingeladen).
   *[other] Die Dateien nennen { $count } Kontakte: Sie werden wie exportiert wiederhergestellt, samt primärer Kontakte; Adressen ohne Konto erhalten eines (eingeladen).
}
import-installations-restored = { $count ->
    [one] { $count } erfasste Installation aus den Dateien wird wie exportiert erneut erfasst:
   *[other] { $count } erfasste Installationen aus den Dateien werden wie exportiert erneut erfasst:
}
import-orders-ignored = Die Dateien enthalten { $orders ->
        [one] { $orders } Bestellung
       *[other] { $orders } Bestellungen
    } und { $terms ->
        [one] { $terms } Zeitraum
       *[other] { $terms } Zeiträume
    } als primärer Kontakt: Nur der Import eines Administrators stellt sie wieder her, daher werden sie nicht importiert.
import-contacts-ignored = { $count ->
    [one] Die Dateien nennen { $count } Kontakt: Er wird nicht importiert. Sie werden technischer Ansprechpartner jeder Lizenz, die Sie hinzufügen, wie bei „Lizenz hinzufügen“.
   *[other] Die Dateien nennen { $count } Kontakte: Sie werden nicht importiert. Sie werden technischer Ansprechpartner jeder Lizenz, die Sie hinzufügen, wie bei „Lizenz hinzufügen“.
}
import-held-back = { $count ->
    [one] { $count } Aktualisierung, die einen echten Schlüssel ersetzt hätte, wurde ausgelassen.
   *[other] { $count } Aktualisierungen, die einen echten Schlüssel ersetzt hätten, wurden ausgelassen.
}
import-invited = { $count ->
    [one] { $count } Einladung in die Warteschlange gestellt.
   *[other] { $count } Einladungen in die Warteschlange gestellt.
}
export-title = Export
export-intro = Laden Sie die Lizenzen herunter, die Sie sehen können.
export-csv = CSV für Tabellenkalkulationen
export-json = JSON (lässt sich unverändert wieder importieren)
export-keys = Schlüsseldateien (<SEN>.txt, gezippt)
export-bad-format = Wählen Sie ein Exportformat: csv, json oder keys.
