<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CliCommands</name>
    <message>
        <source>Show help for this command.</source>
        <translation>このコマンドのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Wrong number of arguments. See: csirtkit-cli %1 --help</source>
        <translation>引数の数が正しくありません。csirtkit-cli %1 --help を参照してください。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>「%1」は不明なコマンドです。</translation>
    </message>
    <message>
        <source>Create a new CSIRT Kit workspace file.</source>
        <translation>CSIRT Kitのワークスペースファイルを新規作成します。</translation>
    </message>
    <message>
        <source>The workspace file to create (.csirt).</source>
        <translation>作成するワークスペースファイル（.csirt）。</translation>
    </message>
    <message>
        <source>The organisation&apos;s name.</source>
        <translation>組織名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE が既に存在する場合は置き換えます。</translation>
    </message>
    <message>
        <source>Give the organisation&apos;s name with --name NAME.</source>
        <translation>組織名を --name NAME で指定してください。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or add --force to replace it.</source>
        <translation>「%1」は既に存在します。別の名前を指定するか、置き換える場合は --force を付けてください。</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 を作成しました</translation>
    </message>
    <message>
        <source>The workspace file to check.</source>
        <translation>検査するワークスペースファイル。</translation>
    </message>
    <message>
        <source>%1: healthy CSIRT Kit workspace, but the file is read-only, so CSIRT Kit can only show it. Make the file writable to edit it.</source>
        <translation>%1: 正常なCSIRT Kitワークスペースですが、ファイルが読み取り専用のため、CSIRT Kitでは表示のみ可能です。編集するには、ファイルを書き込み可能にしてください。</translation>
    </message>
    <message>
        <source>%1: healthy CSIRT Kit workspace</source>
        <translation>%1: 正常なCSIRT Kitワークスペース</translation>
    </message>
    <message>
        <source>Print facts about a workspace: format version, dates and counts.</source>
        <translation>ワークスペースの情報（形式バージョン、日時、件数）を表示します。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>ワークスペースファイル。</translation>
    </message>
    <message>
        <source>Commands:
  new FILE --name NAME   create a new workspace for the organisation NAME
  check FILE             check that FILE is a healthy workspace (exit 0) or say why not
  info FILE              print the workspace&apos;s format version, dates and counts
Run &apos;csirtkit-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>コマンド:
  new FILE --name NAME   組織 NAME の新しいワークスペースを作成します
  check FILE             FILE が正常なワークスペースか検査します（正常なら終了ステータス 0、そうでなければ理由を表示）
  info FILE              ワークスペースの形式バージョン、日時、件数を表示します
各コマンドのオプションは &apos;csirtkit-cli COMMAND --help&apos; で確認できます。
</translation>
    </message>
    <message>
        <source>Check that a file is a healthy CSIRT Kit workspace. The file is not changed. Exit status: 0 healthy; 1 not usable (the reason is printed); 2 wrong arguments; 3 healthy but read-only, so it can only be viewed.</source>
        <translation>ファイルが正常な CSIRT Kit ワークスペースかどうかを検査します。ファイルは変更されません。終了ステータス: 0 正常、1 使用できない（理由を表示）、2 引数の誤り、3 正常だが読み取り専用のため閲覧のみ可能。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>新規ワークスペース(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a new workspace file</source>
        <translation>新しいワークスペースファイルを作成</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>ワークスペースファイルを開く</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Save a copy of the workspace under a new name and continue in it</source>
        <translation>ワークスペースのコピーを別の名前で保存し、以降はそのコピーで作業を続行</translation>
    </message>
    <message>
        <source>&amp;Clear Menu</source>
        <translation>メニューをクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit CSIRT Kit</source>
        <translation>CSIRT Kitを終了</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>Language and appearance</source>
        <translation>言語と外観</translation>
    </message>
    <message>
        <source>&amp;About CSIRT Kit</source>
        <translation>CSIRT Kitについて(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licence and references</source>
        <translation>バージョン、ライセンス、参考資料</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Qtについて(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>OrgProfile</name>
    <message>
        <source>Organisation name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>サービス対象</translation>
    </message>
    <message>
        <source>Mission statement</source>
        <translation>ミッションステートメント</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Operating hours</source>
        <translation>対応時間</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>対応言語</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>PGP key fingerprint</source>
        <translation>PGP鍵フィンガープリント</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>OrgProfilePage</name>
    <message>
        <source>Organisation profile</source>
        <translation>組織プロファイル</translation>
    </message>
    <message>
        <source>Who your CSIRT serves and how to reach it. These details feed the CSIRT description (RFC 2350) and every report. Changes are saved as you go; Edit › Undo takes them back.</source>
        <translation>CSIRTのサービス対象と連絡方法を記入します。ここで入力した情報は、CSIRTの説明文書（RFC 2350）とすべての報告書に使用されます。変更は入力と同時に保存され、「編集 › 元に戻す」で取り消せます。</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>基本情報</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>e.g. Example Corporation</source>
        <translation>例: 株式会社サンプル</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>略称</translation>
    </message>
    <message>
        <source>e.g. EXAMPLE-CSIRT</source>
        <translation>例: SAMPLE-CSIRT</translation>
    </message>
    <message>
        <source>Constituency</source>
        <translation>サービス対象</translation>
    </message>
    <message>
        <source>Who the CSIRT serves: the whole group, one company, its customers…</source>
        <translation>CSIRTのサービス対象: グループ全体、特定の会社、その顧客など…</translation>
    </message>
    <message>
        <source>Mission statement</source>
        <translation>ミッションステートメント</translation>
    </message>
    <message>
        <source>One or two sentences on why the CSIRT exists</source>
        <translation>CSIRTの存在意義を1〜2文で</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>csirt@example.org</source>
        <translation>csirt@example.co.jp</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>+81-3-0000-0000</source>
        <translation>例: 03-0000-0000</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>PGP key fingerprint</source>
        <translation>PGP鍵フィンガープリント</translation>
    </message>
    <message>
        <source>40 or 64 hexadecimal digits</source>
        <translation>16進数40桁または64桁</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Operating hours</source>
        <translation>対応時間</translation>
    </message>
    <message>
        <source>e.g. Mon–Fri 09:00–18:00; 24/7 on-call for P1</source>
        <translation>例: 平日 9:00〜18:00（P1は24時間365日オンコール対応）</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>対応言語</translation>
    </message>
    <message>
        <source>e.g. Japanese, English</source>
        <translation>例: 日本語、英語</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>OrgProfileValidator</name>
    <message>
        <source>%1 is too long (at most %2 characters).</source>
        <translation>%1が長すぎます。%2文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The organisation name cannot be empty.</source>
        <translation>組織名が入力されていません。組織名を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address. Enter it as name@example.org.</source>
        <translation>「%1」は電子メールアドレスではありません。name@example.org の形式で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a known time zone. Choose one from the list, e.g. Asia/Tokyo.</source>
        <translation>「%1」は既知のタイムゾーンではありません。一覧から選択してください（例: Asia/Tokyo）。</translation>
    </message>
    <message>
        <source>A PGP key fingerprint is 40 hexadecimal digits (OpenPGP v4) or 64 (v5/v6), spaces allowed. “%1” is not one.</source>
        <translation>「%1」はPGP鍵フィンガープリントではありません。PGP鍵フィンガープリントは16進数40桁（OpenPGP v4）または64桁（v5/v6）で入力してください（空白は含めても構いません）。</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Organisation name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Overview of this CSIRT workspace</source>
        <translation>このCSIRTワークスペースの概要</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>次のステップ</translation>
    </message>
    <message>
        <source>Open the organisation profile</source>
        <translation>組織プロファイルを開く</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>ワークスペース</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終更新日時</translation>
    </message>
    <message>
        <source>Format version</source>
        <translation>形式バージョン</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外観(&amp;A)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Changes apply at once. “Follow the system” uses your desktop&apos;s language and colours.</source>
        <translation>変更はすぐに反映されます。「システムに従う」を選ぶと、デスクトップの言語と配色が使われます。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The file “%1” does not exist. Check the name and folder, or choose another file.</source>
        <translation>ファイル「%1」が存在しません。ファイル名とフォルダーを確認するか、別のファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a folder, not a workspace file. Choose a .csirt file.</source>
        <translation>「%1」はフォルダーであり、ワークスペースファイルではありません。.csirtファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2). Check that you have permission to read it.</source>
        <translation>「%1」を読み込めません（%2）。ファイルの読み取り権限があるか確認してください。</translation>
    </message>
    <message>
        <source>“%1” is not a CSIRT Kit workspace: it is not a database file at all. Choose a .csirt file made by CSIRT Kit.</source>
        <translation>「%1」はCSIRT Kitのワークスペースではありません（データベースファイルではありません）。CSIRT Kitで作成した.csirtファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a CSIRT Kit workspace. It was not opened or changed. Choose a .csirt file made by CSIRT Kit.</source>
        <translation>「%1」は他のアプリケーションのデータベースであり、CSIRT Kitのワークスペースではありません。このファイルは開いておらず、変更もしていません。CSIRT Kitで作成した.csirtファイルを選択してください。</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer version of CSIRT Kit (workspace format %2; this version reads formats up to %3). Update CSIRT Kit to open it. The file was not changed.</source>
        <translation>「%1」は新しいバージョンのCSIRT Kitで保存されています（ワークスペース形式 %2。このバージョンで読み込めるのは形式 %3 までです）。開くには、CSIRT Kitを更新してください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>“%1” is damaged: the database integrity check failed (%2). It was not changed. Restore the workspace from a backup.</source>
        <translation>「%1」は破損しています。データベースの整合性チェックに失敗しました（%2）。ファイルは変更されていません。バックアップからワークスペースを復元してください。</translation>
    </message>
    <message>
        <source>“%1” is in use by another program (%2). Close it there and try again, or open a copy of the file.</source>
        <translation>「%1」は別のプログラムで使用中です（%2）。そのプログラムでファイルを閉じてから再度お試しいただくか、ファイルのコピーを開いてください。</translation>
    </message>
    <message>
        <source>open in %1, process %2 on %3</source>
        <translation>%1で使用中: プロセス %2、ホスト %3</translation>
    </message>
    <message>
        <source>Opening “%1”</source>
        <translation>「%1」を開く処理</translation>
    </message>
    <message>
        <source>the database is locked</source>
        <translation>データベースがロックされています</translation>
    </message>
    <message>
        <source>no schema</source>
        <translation>スキーマがありません</translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format that must be upgraded, but the file is read-only. Make a writable copy of it and open the copy.</source>
        <translation>「%1」は古いワークスペース形式のためアップグレードが必要ですが、ファイルが読み取り専用です。書き込み可能なコピーを作成し、そのコピーを開いてください。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose another place for the workspace.</source>
        <translation>フォルダー「%1」が存在しません。ワークスペースの保存先として別の場所を選択してください。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name for the new workspace.</source>
        <translation>新しいワークスペースの組織名を入力してください。</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created (%2). Check that the folder is writable.</source>
        <translation>ワークスペース「%1」を作成できませんでした（%2）。フォルダーに書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be written. Check that the folder is writable and the disk is not full.</source>
        <translation>ワークスペース「%1」に書き込めませんでした。フォルダーに書き込み権限があり、ディスクに空き容量があるか確認してください。</translation>
    </message>
    <message>
        <source>This workspace is open read-only, so the change was not saved. Use File › Save As to make a writable copy.</source>
        <translation>このワークスペースは読み取り専用で開かれているため、変更は保存されませんでした。「ファイル › 名前を付けて保存」で書き込み可能なコピーを作成してください。</translation>
    </message>
    <message>
        <source>Choose a different file name: the copy cannot replace the workspace that is open.</source>
        <translation>開いているワークスペースをコピーで置き換えることはできません。別のファイル名を選択してください。</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written (%2). Check that the folder is writable and the disk is not full.</source>
        <translation>コピー「%1」を書き込めませんでした（%2）。フォルダーに書き込み権限があり、ディスクに空き容量があるか確認してください。</translation>
    </message>
</context>
<context>
    <name>WorkspaceFacts</name>
    <message>
        <source>Profile fields filled in</source>
        <translation>入力済みのプロファイル項目</translation>
    </message>
    <message>
        <source>Recorded changes</source>
        <translation>記録された変更</translation>
    </message>
</context>
<context>
    <name>csirtkit::AboutDialog</name>
    <message>
        <source>JPCERT/CC CSIRT material (concept, build and operation phases)</source>
        <translation>JPCERT/CC CSIRTマテリアル（構想・構築・運用フェーズ）</translation>
    </message>
    <message>
        <source>Nippon CSIRT Association (NCA)</source>
        <translation>日本シーサート協議会（NCA）</translation>
    </message>
    <message>
        <source>FIRST CSIRT Services Framework v2.1</source>
        <translation>FIRST CSIRTサービスフレームワーク v2.1</translation>
    </message>
    <message>
        <source>FIRST Traffic Light Protocol (TLP) 2.0</source>
        <translation>FIRST Traffic Light Protocol（TLP）2.0</translation>
    </message>
    <message>
        <source>RFC 2350: Expectations for Computer Security Incident Response</source>
        <translation>RFC 2350: コンピュータセキュリティインシデント対応に対する期待事項</translation>
    </message>
    <message>
        <source>RFC 9116: security.txt</source>
        <translation>RFC 9116: security.txt</translation>
    </message>
    <message>
        <source>SIM3 maturity model (Open CSIRT Foundation)</source>
        <translation>SIM3成熟度モデル（Open CSIRT Foundation）</translation>
    </message>
    <message>
        <source>Plan, build and run your organisation&apos;s CSIRT, and keep its incident log offline in one workspace file.</source>
        <translation>組織のCSIRTを構想・構築・運用し、インシデントの記録を1つのワークスペースファイルにオフラインで保管します。</translation>
    </message>
    <message>
        <source>Licensed under the Apache License, Version 2.0.</source>
        <translation>Apache License, Version 2.0に基づいて提供されています。</translation>
    </message>
    <message>
        <source>References</source>
        <translation>参考資料</translation>
    </message>
    <message>
        <source>The guidance in CSIRT Kit is written in its own words; the organisations above are not responsible for it.</source>
        <translation>CSIRT Kitのガイダンスは独自の表現で記述したものであり、上記の組織はその内容について責任を負いません。</translation>
    </message>
    <message>
        <source>About CSIRT Kit</source>
        <translation>CSIRT Kitについて</translation>
    </message>
    <message>
        <source>NIST SP 800-61r3: Incident Response Recommendations and Considerations for Cybersecurity Risk Management</source>
        <translation>NIST SP 800-61r3: サイバーセキュリティリスク管理のためのインシデント対応に関する推奨事項と考慮事項</translation>
    </message>
</context>
<context>
    <name>csirtkit::ChangeProfileFieldCommand</name>
    <message>
        <source>Change %1</source>
        <translation>%1の変更</translation>
    </message>
</context>
<context>
    <name>csirtkit::FileDialog</name>
    <message>
        <source>CSIRT Kit workspaces (*.csirt);;All files (*)</source>
        <translation>CSIRT Kitワークスペース (*.csirt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>csirtkit::MainWindow</name>
    <message>
        <source>My organisation</source>
        <translation>自組織</translation>
    </message>
    <message>
        <source>Your data folder could not be used, so this workspace is a temporary file: %1. Use File › Save As to keep it.</source>
        <translation>データフォルダーを使用できなかったため、このワークスペースは一時ファイル（%1）として作成されました。残しておくには、「ファイル › 名前を付けて保存」で保存してください。</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>ワークスペースを開く</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>名前を付けてワークスペースを保存</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>最近使ったワークスペースはありません</translation>
    </message>
    <message>
        <source>CSIRT Kit</source>
        <translation>CSIRT Kit</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[読み取り専用]</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>すべての変更を保存済み</translation>
    </message>
</context>
<context>
    <name>csirtkit::MarkdownEditor</name>
    <message>
        <source>Write</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>Markdown text</source>
        <translation>Markdownテキスト</translation>
    </message>
    <message>
        <source>Rendered preview</source>
        <translation>表示結果のプレビュー</translation>
    </message>
</context>
<context>
    <name>csirtkit::Migrator</name>
    <message>
        <source>Upgrading the workspace to format %1 failed (%2). The file was left as it was. Keep a copy of it and report the problem.</source>
        <translation>ワークスペースを形式 %1 に更新できませんでした（%2）。ファイルは元のまま残っています。ファイルのコピーを保管し、問題を報告してください。</translation>
    </message>
</context>
<context>
    <name>csirtkit::NewWorkspaceDialog</name>
    <message>
        <source>New Workspace</source>
        <translation>新規ワークスペース</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>組織名</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>ワークスペースファイル</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>組織名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>A workspace holds one organisation&apos;s CSIRT project in a single file.</source>
        <translation>ワークスペースは、1つの組織のCSIRTプロジェクトを1つのファイルにまとめたものです。</translation>
    </message>
    <message>
        <source>Enter the organisation&apos;s name.</source>
        <translation>組織名を入力してください。</translation>
    </message>
    <message>
        <source>Choose where to save the workspace file.</source>
        <translation>ワークスペースファイルの保存先を選択してください。</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it with a new, empty workspace?</source>
        <translation>「%1」は既に存在します。新しい空のワークスペースで置き換えますか？</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose another folder.</source>
        <translation>フォルダー「%1」は存在しません。別のフォルダーを選択してください。</translation>
    </message>
</context>
<context>
    <name>csirtkit::OrgProfilePage</name>
    <message>
        <source>Anything worth keeping about the organisation: history, sponsors, related teams… Markdown formatting is supported.</source>
        <translation>組織について記録しておきたいこと（沿革、スポンサー、関連チームなど）。Markdown記法を使用できます。</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translation>組織プロファイル</translation>
    </message>
</context>
<context>
    <name>csirtkit::OverviewPage</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Unnamed organisation</source>
        <translation>名称未設定の組織</translation>
    </message>
    <message>
        <source>Read-only: changes cannot be saved</source>
        <translation>読み取り専用（変更は保存不可）</translation>
    </message>
    <message>
        <source>Every change is saved at once</source>
        <translation>すべての変更を即時保存</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Start by describing your organisation: its constituency, mission, contact details and time zone. They are used throughout the CSIRT documents.</source>
        <translation>まず、組織の情報（サービス対象、ミッション、連絡先、タイムゾーン）を入力してください。これらの情報はCSIRTの各種文書全体で使用されます。</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
</context>
<context>
    <name>csirtkit::SettingsDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
</context>
<context>
    <name>csirtkit::sql</name>
    <message>
        <source>%1 failed because another program is using the workspace. Close it and try again.</source>
        <translation>%1に失敗しました。別のプログラムがワークスペースを使用しています。そのプログラムを閉じてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 failed because the workspace file is damaged. Restore it from a backup.</source>
        <translation>%1に失敗しました。ワークスペースファイルが破損しています。バックアップから復元してください。</translation>
    </message>
    <message>
        <source>%1 failed because the file could not be written (disk full or removed?). Nothing was changed.</source>
        <translation>%1に失敗しました。ファイルに書き込めませんでした（ディスクの空き容量不足、またはファイルが削除された可能性があります）。何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1に失敗しました: %2</translation>
    </message>
    <message>
        <source>Accessing the workspace</source>
        <translation>ワークスペースへのアクセス</translation>
    </message>
    <message>
        <source>%1 failed because the workspace is read-only. Use File › Save As to make a writable copy.</source>
        <translation>ワークスペースが読み取り専用のため、%1に失敗しました。［ファイル］›［名前を付けて保存］で書き込み可能なコピーを作成してください。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CSIRT Kit command line: workspace jobs without the window.</source>
        <translation>CSIRT Kitコマンドライン: ウィンドウを開かずにワークスペースを操作します。</translation>
    </message>
</context>
</TS>
