<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name></name>
    <message>
        <source>The minimum rest must be between 0 and 168 hours.</source>
        <translation>最低休息時間は0～168時間の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The most periods in a row must be between 1 and 28, or 0 for no limit.</source>
        <translation>連続当番の上限は1～28の範囲で指定してください（制限しない場合は0）。</translation>
    </message>
    <message>
        <source>Enter the time of the change of shift as HH:MM.</source>
        <translation>当番の交代時刻をHH:MM形式で入力してください。</translation>
    </message>
    <message>
        <source>Choose the role whose holder and deputies take on-call duty, or name the people.</source>
        <translation>担当者と代行者がオンコール当番に入る役割を選択するか、当番に入る要員を指定してください。</translation>
    </message>
    <message>
        <source>Escalate to the secondary after at least 1 minute, and to the commander later than that (at most a day).</source>
        <translation>副担当へのエスカレーションは1分以上後に、コマンダーへのエスカレーションはそれより後（最長1日）に設定してください。</translation>
    </message>
    <message>
        <source>The number of seats must be between 1 and 100.</source>
        <translation>席数は1～100の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Working hours per week must be between 1 and 80.</source>
        <translation>週あたりの勤務時間は1～80の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Days of leave, public holidays, training and sickness must each be between 0 and 200.</source>
        <translation>休暇、祝日、研修、病気休暇の日数は、それぞれ0～200の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The days away add up to a whole working year or more; nobody would be left to work.</source>
        <translation>不在日数の合計が1年間の勤務日数以上になっているため、勤務できる時間が残りません。日数を見直してください。</translation>
    </message>
    <message>
        <source>Staffed hours per week must be between 1 and 168.</source>
        <translation>週あたりの対応時間は1～168の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The on-call rota must have between 1 and 100 people.</source>
        <translation>オンコール当番表の人数は1～100人の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The on-call allowance cannot be negative.</source>
        <translation>オンコール手当に負の値は指定できません。</translation>
    </message>
    <message>
        <source>The minimum rest must be between 0 and 48 hours.</source>
        <translation>最低休息時間は0～48時間の範囲で指定してください。</translation>
    </message>
    <message>
        <source>A deputy&apos;s share of a role&apos;s load must be between 0 and 100 %.</source>
        <translation>役割の負荷に対する代行者の割合は0～100 %の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>ApprovalWorksheet</name>
    <message>
        <source>Who approved what, and when.</source>
        <translation>誰が、何を、いつ承認したかを記録します。</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認一覧</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>What was approved</source>
        <translation>承認内容</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>行を削除</translation>
    </message>
</context>
<context>
    <name>Artefacts</name>
    <message>
        <source>Give the artefact a title (e.g. “proxy log 10:00–10:15”).</source>
        <translation>アーティファクトの件名を入力してください（例:「プロキシログ 10:00～10:15」）。</translation>
    </message>
    <message>
        <source>The artefact is empty: paste the text to keep.</source>
        <translation>アーティファクトが空です。保存するテキストを貼り付けてください。</translation>
    </message>
    <message>
        <source>The artefact is too large (at most 5 MB of text). Keep large files in the evidence register instead.</source>
        <translation>アーティファクトが大きすぎます（テキストで最大 5 MB）。大きなファイルは証拠品台帳で管理してください。</translation>
    </message>
    <message>
        <source>The artefact contains binary data. Keep binary files in the evidence register instead.</source>
        <translation>アーティファクトにバイナリデータが含まれています。バイナリファイルは証拠品台帳で管理してください。</translation>
    </message>
    <message>
        <source>The artefact&apos;s title</source>
        <translation>アーティファクトの件名</translation>
    </message>
    <message>
        <source>The syntax</source>
        <translation>構文</translation>
    </message>
    <message>
        <source>The artefact</source>
        <translation>アーティファクト</translation>
    </message>
</context>
<context>
    <name>CharterWorksheet</name>
    <message>
        <source>Why the CSIRT project exists, what it delivers, by when and for how much — and who approved it.</source>
        <translation>CSIRTプロジェクトを立ち上げる理由、成果物、期限と予算、そして承認者を記録します。</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <source>e.g. CSIRT establishment project</source>
        <translation>例: CSIRT構築プロジェクト</translation>
    </message>
    <message>
        <source>Background and need</source>
        <translation>背景と必要性</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>成果物</translation>
    </message>
    <message>
        <source>Cost and budget</source>
        <translation>費用と予算</translation>
    </message>
    <message>
        <source>e.g. ¥5,000,000</source>
        <translation>例: ¥5,000,000</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>承認日</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
</context>
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
        <source>%1: healthy CSIRT Kit workspace</source>
        <translation>%1: 正常なCSIRT Kitワークスペース</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>ワークスペースファイル。</translation>
    </message>
    <message>
        <source>Check that a file is a healthy CSIRT Kit workspace. The file is not changed. Exit status: 0 healthy; 1 not usable (the reason is printed); 2 wrong arguments; 3 healthy but read-only, so it can only be viewed.</source>
        <translation>ファイルが正常な CSIRT Kit ワークスペースかどうかを検査します。ファイルは変更されません。終了ステータス: 0 正常、1 使用できない（理由を表示）、2 引数の誤り、3 正常だが読み取り専用のため閲覧のみ可能。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>%1: healthy CSIRT Kit workspace, read-only here. %2</source>
        <translation>%1: 正常なCSIRT Kitワークスペースですが、ここでは読み取り専用です。%2</translation>
    </message>
    <message>
        <source>Check that nothing in the workspace was changed, added or deleted outside CSIRT Kit: every incident&apos;s fields and records, its journal chain, the identifier counter and the workspace&apos;s rules. The file is not changed. Exit status 0 when everything is intact, 1 otherwise (each finding is named). Someone who can write the file could recompute every hash; an anchor kept elsewhere (--anchor, then --against) exposes that too.</source>
        <translation>ワークスペースの内容が CSIRT Kit の外で変更・追加・削除されていないかを検証します。対象は、各インシデントの項目と記録、対応記録のハッシュチェーン、識別子の採番カウンター、ワークスペースのルールです。ファイルは変更されません。すべて正常なら終了ステータス 0、そうでなければ 1 を返し、検出した問題をそれぞれ示します。ファイルに書き込める人は、すべてのハッシュを計算し直すこともできます。別の場所に保管したアンカー（--anchor で出力し、--against で照合）を使えば、そうした改ざんも検出できます。</translation>
    </message>
    <message>
        <source>Print the ledger&apos;s head as an anchor, to print, mail or keep elsewhere.</source>
        <translation>完全性台帳の最新エントリをアンカーとして出力します。出力したアンカーは、印刷する、メールで送るなどして、別の場所に保管してください。</translation>
    </message>
    <message>
        <source>Also compare with anchors printed earlier by --anchor (kept in ANCHORFILE).</source>
        <translation>以前に --anchor で出力したアンカー（ANCHORFILE に保存したもの）とも照合します。</translation>
    </message>
    <message>
        <source>ANCHORFILE</source>
        <translation>ANCHORFILE</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>This workspace has no incident log yet.</source>
        <translation>このワークスペースにはまだインシデント管理台帳がありません。</translation>
    </message>
    <message>
        <source>This workspace uses an older format without the integrity ledger: only the journal chains are checked. Open it once in CSIRT Kit to upgrade it.</source>
        <translation>このワークスペースは完全性台帳のない古い形式のため、対応記録のハッシュチェーンのみを検証します。一度 CSIRT Kit で開いて形式を更新してください。</translation>
    </message>
    <message>
        <source>All %1 incidents, their journals and the workspace&apos;s rules are as CSIRT Kit recorded them.</source>
        <translation>%1 件のインシデントすべてと、その対応記録、ワークスペースのルールは、CSIRT Kit が記録したとおりの状態です。</translation>
    </message>
    <message numerus="yes">
        <source>%n anchor(s) match.</source>
        <translation>
            <numerusform>アンカー %n 件が一致しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>例:</translation>
    </message>
    <message>
        <source>create a new workspace for the organisation NAME</source>
        <translation>組織 NAME の新しいワークスペースを作成します</translation>
    </message>
    <message>
        <source>check that FILE is a healthy workspace (exit 0), read-only here (3) or why not (1)</source>
        <translation>FILE が正常なワークスペースか（終了コード 0）、ここでは読み取り専用か（3）、使えない理由（1）を確認します</translation>
    </message>
    <message>
        <source>print the workspace&apos;s format version, dates and counts</source>
        <translation>ワークスペースの形式バージョン、日付、件数を表示します</translation>
    </message>
    <message>
        <source>create a workspace for a fictional organisation, to try CSIRT Kit out</source>
        <translation>CSIRT Kit を試すための架空の組織のワークスペースを作成します</translation>
    </message>
    <message>
        <source>export the plan: phases, checklist items, decisions and worksheets</source>
        <translation>計画（フェーズ、チェックリスト項目、決定事項、ワークシート）をエクスポートします</translation>
    </message>
    <message>
        <source>check that nothing was changed outside CSIRT Kit (exit 1 naming each finding)</source>
        <translation>CSIRT Kit の外で何も変更されていないことを確認します（見つかった場合は一つずつ示して終了コード 1）</translation>
    </message>
    <message>
        <source>print the incidents matching QUERY (full-text search)</source>
        <translation>QUERY に一致するインシデントを表示します（全文検索）</translation>
    </message>
    <message>
        <source>add N made-up incidents (benchmarks, trials)</source>
        <translation>架空のインシデントを N 件追加します（ベンチマーク、試用向け）</translation>
    </message>
    <message>
        <source>export incidents for spreadsheets, another workspace, MISP or STIX</source>
        <translation>インシデントを表計算ソフト、別のワークスペース、MISP、STIX 向けにエクスポートします</translation>
    </message>
    <message>
        <source>import incidents; nothing is written when the file has a problem</source>
        <translation>インシデントをインポートします。ファイルに問題がある場合は何も書き込みません</translation>
    </message>
    <message>
        <source>write an incident report or a period report</source>
        <translation>インシデントレポートまたは期間レポートを作成します</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Run &apos;csirtkit-cli COMMAND --help&apos; for a command&apos;s options and an example.</source>
        <translation>各コマンドのオプションと使用例は「csirtkit-cli COMMAND --help」で確認できます。</translation>
    </message>
    <message>
        <source>Print facts about a workspace: format version, dates, whether it can be written, incidents by status, journal entries and checklist progress per phase. The file is not changed.</source>
        <translation>ワークスペースの情報を表示します。形式バージョン、日付、書き込めるかどうか、状態別のインシデント件数、対応記録のエントリ数、フェーズごとのチェックリストの進捗です。ファイルは変更されません。</translation>
    </message>
    <message>
        <source>Print one JSON object (the same keys), for scripts.</source>
        <translation>スクリプト向けに、同じキーを持つ一つの JSON オブジェクトとして表示します。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>書き出すファイル。</translation>
    </message>
    <message>
        <source>OUT</source>
        <translation>OUT</translation>
    </message>
    <message>
        <source>Replace OUT if it exists.</source>
        <translation>OUT が既にある場合は置き換えます。</translation>
    </message>
    <message>
        <source>the team: roles and holders, people, coverage gaps, RACI, staffing (FTE), on-call rota (.ics), staffing plan</source>
        <translation>チーム: 役割と担当者、要員、体制の不足、RACI、人員計画（FTE）、オンコール当番表（.ics）、人員計画書</translation>
    </message>
</context>
<context>
    <name>Communications</name>
    <message>
        <source>“%1” is not a communication channel.</source>
        <translation>「%1」は連絡手段ではありません。一覧から選択してください。</translation>
    </message>
    <message>
        <source>A communication is incoming or outgoing.</source>
        <translation>連絡の方向は「受信」または「送信」を選択してください。</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label.</source>
        <translation>「%1」は TLP ラベルではありません。一覧から選択してください。</translation>
    </message>
    <message>
        <source>Say who the communication was with: a person or an organisation.</source>
        <translation>連絡の相手（個人または組織）を入力してください。</translation>
    </message>
    <message>
        <source>For a call received, note the number to call back and what the caller reported.</source>
        <translation>受けた電話については、折り返しの電話番号と相手からの報告内容を記録してください。</translation>
    </message>
    <message>
        <source>The person</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>The call-back number</source>
        <translation>折り返し電話番号</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>What was reported</source>
        <translation>報告内容</translation>
    </message>
    <message>
        <source>What was promised</source>
        <translation>約束した事項</translation>
    </message>
</context>
<context>
    <name>CoverageTab</name>
    <message>
        <source>Team shape:</source>
        <translation>チーム形態:</translation>
    </message>
    <message>
        <source>The roles, combinations and default RACI of a typical team of this shape. The organisational model chosen in the phase guide suggests one.</source>
        <translation>この形態の典型的なチームにおける役割、兼務の組み合わせ、既定のRACIです。フェーズガイドで選択した組織形態に応じて、チーム形態が提案されます。</translation>
    </message>
    <message>
        <source>Team shape</source>
        <translation>チーム形態</translation>
    </message>
    <message>
        <source>People and roles</source>
        <translation>要員と役割</translation>
    </message>
    <message>
        <source>Gaps (double-click to go where it is fixed)</source>
        <translation>不足（ダブルクリックすると修正する場所に移動します）</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>体制の不足</translation>
    </message>
    <message>
        <source>● holder   ○ deputy. Click a cell to assign.</source>
        <translation>● 担当者&#x3000;○ 代行者。セルをクリックして割り当てます。</translation>
    </message>
    <message>
        <source>Under each name: the load of the person&apos;s roles / the share of working time agreed for CSIRT work.</source>
        <translation>各氏名の下は、その人の役割にかかる負荷 / CSIRT業務として合意済みの業務割合です。</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <source>RSIT class</source>
        <translation>RSIT 分類</translation>
    </message>
    <message>
        <source>RSIT type</source>
        <translation>RSIT 種別</translation>
    </message>
    <message>
        <source>JPCERT/CC category</source>
        <translation>JPCERT/CC カテゴリ</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>Report channel</source>
        <translation>報告経路</translation>
    </message>
    <message>
        <source>Reporter contact</source>
        <translation>報告者の連絡先</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>協力者</translation>
    </message>
    <message>
        <source>Occurred (UTC)</source>
        <translation>発生日時（UTC）</translation>
    </message>
    <message>
        <source>Detected (UTC)</source>
        <translation>検知日時（UTC）</translation>
    </message>
    <message>
        <source>Reported (UTC)</source>
        <translation>報告日時（UTC）</translation>
    </message>
    <message>
        <source>Triaged (UTC)</source>
        <translation>トリアージ日時（UTC）</translation>
    </message>
    <message>
        <source>Contained (UTC)</source>
        <translation>封じ込め日時（UTC）</translation>
    </message>
    <message>
        <source>Resolved (UTC)</source>
        <translation>解決日時（UTC）</translation>
    </message>
    <message>
        <source>Closed (UTC)</source>
        <translation>クローズ日時（UTC）</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>作成日時（UTC）</translation>
    </message>
    <message>
        <source>Updated (UTC)</source>
        <translation>更新日時（UTC）</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>Separate CSV columns with a comma, a semicolon or a tab.</source>
        <translation>CSV の区切り文字には、コンマ、セミコロン、タブのいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label. Choose TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED as the ceiling.</source>
        <translation>「%1」は TLP のラベルではありません。上限には TLP:CLEAR、TLP:GREEN、TLP:AMBER、TLP:AMBER+STRICT、TLP:RED のいずれかを選んでください。</translation>
    </message>
    <message>
        <source>“%1” is not a CSV column. The columns are: %2.</source>
        <translation>「%1」は CSV の列ではありません。列は次のとおりです: %2。</translation>
    </message>
    <message>
        <source>The incidents could not be read for the CSV export: %1</source>
        <translation>CSV エクスポートのためにインシデントを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The CSV file could not be written (%1). Check the disk space and permissions and try again.</source>
        <translation>CSV ファイルを書き込めませんでした（%1）。ディスクの空き容量とアクセス権を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Incident #%1 no longer exists: left out.</source>
        <translation>インシデント #%1 は既に存在しないため、除外しました。</translation>
    </message>
    <message>
        <source>%1 is %2, above the %3 ceiling: left out.</source>
        <translation>%1 は %2 で、上限 %3 を超えるため除外しました。</translation>
    </message>
    <message>
        <source>The CSV export was cancelled; no file was written.</source>
        <translation>CSV エクスポートを中止しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>状態の理由</translation>
    </message>
    <message>
        <source>Reason for the priority</source>
        <translation>優先度の理由</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>重複元</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>The file is larger than %1 MiB, the most a CSV import reads. Split it into smaller files and import them one after the other.</source>
        <translation>ファイルが、CSV インポートで読み込める上限の %1 MiB を超えています。小さなファイルに分割し、1 つずつ順にインポートしてください。</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 text but is not valid UTF-16. Save it again as “CSV UTF-8” and try again.</source>
        <translation>ファイルは UTF-16 のテキストのように始まっていますが、有効な UTF-16 ではありません。「CSV UTF-8」形式で保存し直して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8” and try again.</source>
        <translation>ファイルが UTF-8 のテキストではありません。表計算ソフトから「CSV UTF-8」形式で保存して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file is too large for a CSV import once converted to UTF-8. Split it into smaller files.</source>
        <translation>UTF-8 に変換すると、ファイルが CSV インポートで扱えるサイズを超えます。小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>Row %1 (line %2) has a quoted field that is never closed: a quotation mark is missing. Correct the file and try again.</source>
        <translation>%1 行目（テキストでは %2 行目）に、閉じられていない引用符付きのフィールドがあります。引用符が 1 つ欠けています。ファイルを修正して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Row %1 (line %2) has a field longer than %3 KiB, the most a CSV import accepts. Shorten it and try again.</source>
        <translation>%1 行目（テキストでは %2 行目）に、CSV インポートで扱える上限の %3 KiB より長いフィールドがあります。短くして、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Row %1 (line %2) has more than %3 columns, the most a CSV import accepts.</source>
        <translation>%1 行目（テキストでは %2 行目）の列数が、CSV インポートで扱える上限の %3 列を超えています。</translation>
    </message>
    <message>
        <source>Row %1 holds a broken character (%2, half of a UTF-16 surrogate pair), so the file is not valid UTF-16. Correct that row, or save the file again as “CSV UTF-8”, and try again.</source>
        <translation>%1 行目に壊れた文字 %2（UTF-16 サロゲートペアの片方のみ）が含まれているため、ファイルは有効な UTF-16 ではありません。その行を修正するか、「CSV UTF-8」形式で保存し直して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>This is not a CSV column mapping: it needs a “columns” object naming the incident field of each column.</source>
        <translation>これは CSV の列マッピングではありません。各列に対応するインシデントの項目を示す「columns」オブジェクトが必要です。</translation>
    </message>
    <message>
        <source>This CSV column mapping was made by a newer version of CSIRT Kit. Update CSIRT Kit to use it.</source>
        <translation>この CSV の列マッピングは、より新しいバージョンの CSIRT Kit で作成されています。使用するには CSIRT Kit を更新してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be read (%2).</source>
        <translation>「%1」を読み込めません（%2）。</translation>
    </message>
    <message>
        <source>“%1” is larger than %2 MiB, the most a CSV import reads. Split it into smaller files.</source>
        <translation>「%1」が、CSV インポートで読み込める上限の %2 MiB を超えています。小さなファイルに分割してください。</translation>
    </message>
    <message>
        <source>The file is empty. A CSV import needs a header row naming the columns, then one row per incident.</source>
        <translation>ファイルが空です。CSV インポートには、列名を示すヘッダー行と、それに続くインシデントごとの行が必要です。</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>列 %1</translation>
    </message>
    <message>
        <source>There is no CSV column mapping called “%1” in this workspace.</source>
        <translation>このワークスペースに「%1」という CSV の列マッピングはありません。</translation>
    </message>
    <message>
        <source>Give the column mapping a name, so it can be chosen next time.</source>
        <translation>次回選択できるように、列マッピングに名前を付けてください。</translation>
    </message>
    <message>
        <source>Nothing is imported until this is corrected.</source>
        <translation>これを修正するまで、何もインポートされません。</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) were found.</source>
        <translation>
            <numerusform>ほかに %n 件の問題が見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the problems listed first and check again.</source>
        <translation>先に一覧の問題を修正してから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Choose a CSV file to import first.</source>
        <translation>先にインポートする CSV ファイルを選んでください。</translation>
    </message>
    <message>
        <source>The mapping names a column “%1” that this file does not have.</source>
        <translation>マッピングで指定されている列「%1」が、このファイルにはありません。</translation>
    </message>
    <message>
        <source>It is ignored.</source>
        <translation>この指定は無視されます。</translation>
    </message>
    <message>
        <source>“%1” is not an incident field.</source>
        <translation>「%1」はインシデントの項目ではありません。</translation>
    </message>
    <message>
        <source>The column is not imported.</source>
        <translation>この列はインポートされません。</translation>
    </message>
    <message>
        <source>The columns “%1” and “%2” are both mapped to %3. Map only one of them.</source>
        <translation>列「%1」と「%2」が両方とも %3 に割り当てられています。どちらか一方だけを割り当ててください。</translation>
    </message>
    <message>
        <source>No column is mapped to the title, and every incident needs one.</source>
        <translation>件名に割り当てられた列がありません。インシデントには必ず件名が必要です。</translation>
    </message>
    <message>
        <source>These columns are not mapped to an incident field: %1.</source>
        <translation>次の列はインシデントの項目に割り当てられていません: %1。</translation>
    </message>
    <message>
        <source>Their values are not imported.</source>
        <translation>これらの列の値はインポートされません。</translation>
    </message>
    <message>
        <source>No column gives the TLP label.</source>
        <translation>TLP ラベルを示す列がありません。</translation>
    </message>
    <message>
        <source>Every incident is labelled TLP:AMBER.</source>
        <translation>すべてのインシデントに TLP:AMBER が設定されます。</translation>
    </message>
    <message>
        <source>Every date could be read as month/day or as day/month.</source>
        <translation>どの日付も「月/日」と「日/月」のどちらとしても読めます。</translation>
    </message>
    <message>
        <source>They are read as month/day (MM/dd/yyyy); choose the date format if that is wrong.</source>
        <translation>「月/日」（MM/dd/yyyy）として読み込みます。違う場合は日付形式を選んでください。</translation>
    </message>
    <message>
        <source>“%1” is not a date format CSIRT Kit reads. Choose one of: %2.</source>
        <translation>「%1」は CSIRT Kit が読み込める日付形式ではありません。次のいずれかを選んでください: %2。</translation>
    </message>
    <message>
        <source>The row has %1 values but the header names %2 columns.</source>
        <translation>この行には値が %1 個ありますが、ヘッダーの列は %2 個です。</translation>
    </message>
    <message>
        <source>The values beyond the last column are ignored.</source>
        <translation>最後の列より後の値は無視されます。</translation>
    </message>
    <message>
        <source>The title is empty, and every incident needs one.</source>
        <translation>件名が空です。インシデントには必ず件名が必要です。</translation>
    </message>
    <message>
        <source>The channel is set to “other”.</source>
        <translation>報告経路は「その他」に設定されます。</translation>
    </message>
    <message>
        <source>It is set to medium.</source>
        <translation>「中」に設定されます。</translation>
    </message>
    <message>
        <source>The incident is left unclassified.</source>
        <translation>インシデントは未分類のままになります。</translation>
    </message>
    <message>
        <source>The category follows from the RSIT classification.</source>
        <translation>カテゴリは RSIT 分類から決まります。</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED: who may see an incident is never guessed.</source>
        <translation>「%1」は TLP のラベルではありません。TLP:CLEAR、TLP:GREEN、TLP:AMBER、TLP:AMBER+STRICT、TLP:RED のいずれかを使用してください。インシデントを閲覧できる範囲を推測で決めることはありません。</translation>
    </message>
    <message>
        <source>“%1” is not a date and time in the form %2 or ISO 8601.</source>
        <translation>「%1」は %2 形式または ISO 8601 形式の日時ではありません。</translation>
    </message>
    <message>
        <source>The time is left empty.</source>
        <translation>日時は空欄のままになります。</translation>
    </message>
    <message>
        <source>The row repeats row %1.</source>
        <translation>この行は %1 行目と重複しています。</translation>
    </message>
    <message>
        <source>It is skipped.</source>
        <translation>この行はスキップされます。</translation>
    </message>
    <message>
        <source>Row %1 could not be imported: %2 Nothing was imported.</source>
        <translation>%1 行目をインポートできませんでした: %2 何もインポートされていません。</translation>
    </message>
    <message>
        <source>The CSV import was cancelled; nothing was imported.</source>
        <translation>CSV のインポートを中止しました。何もインポートされていません。</translation>
    </message>
    <message>
        <source>The check of the CSV file was cancelled.</source>
        <translation>CSV ファイルの確認を中止しました。</translation>
    </message>
    <message>
        <source>Check the date format (%1).</source>
        <translation>日付形式（%1）を確認してください。</translation>
    </message>
    <message>
        <source>“%1” is not a report channel. Use one of: %2.</source>
        <translation>「%1」は報告経路ではありません。次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between listed values</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>「%1」は次のいずれでもありません: %2。</translation>
    </message>
    <message>
        <source>“%1” is not a JPCERT/CC report category. Use one of: %2.</source>
        <translation>「%1」は JPCERT/CC の報告カテゴリではありません。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>“%1” is not a status. Use one of: %2.</source>
        <translation>「%1」は状態ではありません。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>The incident is imported as new.</source>
        <translation>インシデントは「受付」としてインポートします。</translation>
    </message>
    <message>
        <source>Rejected in the imported CSV file (row %1).</source>
        <translation>インポートした CSV ファイルで対象外とされていました（%1 行目）。</translation>
    </message>
    <message>
        <source>The incident is marked as a duplicate but the row does not say of which incident.</source>
        <translation>重複とされていますが、どのインシデントの重複かが行に書かれていません。</translation>
    </message>
    <message>
        <source>It is imported as rejected, with that as the reason.</source>
        <translation>その旨を理由として、「対象外」としてインポートします。</translation>
    </message>
    <message>
        <source>A duplicate in the imported CSV file (row %1); the incident it duplicates was not given.</source>
        <translation>インポートした CSV ファイルで重複とされていました（%1 行目）。重複元のインシデントは記載されていませんでした。</translation>
    </message>
    <message>
        <source>“%1” is not a priority. Use one of: %2.</source>
        <translation>「%1」は優先度ではありません。次のいずれかを使ってください: %2。</translation>
    </message>
    <message>
        <source>The priority follows from the impact and urgency.</source>
        <translation>優先度は影響度と緊急度から決まります。</translation>
    </message>
    <message>
        <source>A duplicate of “%1” in the imported CSV file (row %2), which is not in this workspace.</source>
        <translation>インポートした CSV ファイルで「%1」の重複とされていました（%2 行目）が、そのインシデントはこのワークスペースにありません。</translation>
    </message>
    <message>
        <source>“%1” is neither an ID in this file nor an incident in this workspace.</source>
        <translation>「%1」は、このファイルの ID でも、このワークスペースのインシデントでもありません。</translation>
    </message>
    <message>
        <source>The incident is imported as rejected, with that as the reason.</source>
        <translation>その旨を理由として、インシデントを「対象外」としてインポートします。</translation>
    </message>
    <message>
        <source>Priority as given in the imported CSV file (row %1).</source>
        <translation>インポートした CSV ファイルに記載された優先度です（%1 行目）。</translation>
    </message>
    <message>
        <source>Status taken from the imported CSV file (row %1).</source>
        <translation>インポートした CSV ファイルに記載された状態です（%1 行目）。</translation>
    </message>
    <message>
        <source>“%1 / %2” is not an RSIT class and type. Use one of: %3.</source>
        <translation>「%1 / %2」は RSIT の分類と種別ではありません。次のいずれかを使ってください: %3。</translation>
    </message>
</context>
<context>
    <name>DecisionRepository</name>
    <message>
        <source>Not offered</source>
        <translation>提供しない</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>提供予定</translation>
    </message>
    <message>
        <source>Offered</source>
        <translation>提供中</translation>
    </message>
    <message>
        <source>“%1” is not a service of the FIRST services framework.</source>
        <translation>「%1」はFIRSTサービスフレームワークのサービスではありません。一覧にあるサービスを選択してください。</translation>
    </message>
    <message>
        <source>The scope note or the hours are too long.</source>
        <translation>対象範囲のメモまたは対応時間が長すぎます。短くしてください。</translation>
    </message>
    <message>
        <source>“%1” is not one of the organisational models.</source>
        <translation>「%1」は組織形態の選択肢にありません。一覧から組織形態を選択してください。</translation>
    </message>
    <message>
        <source>Record why this model was chosen: the reason is part of the decision.</source>
        <translation>この組織形態を選んだ理由を記録してください。理由も決定の一部です。</translation>
    </message>
    <message>
        <source>The reason is too long (at most 5000 characters).</source>
        <translation>理由が長すぎます。5000文字以内で入力してください。</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo data refers to “%1”, which this version of CSIRT Kit does not have. Please report this as a bug.</source>
        <translation>デモデータが「%1」を参照していますが、このバージョンのCSIRT Kitにはありません。不具合として報告してください。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose another place for the demo workspace.</source>
        <translation>フォルダー「%1」が存在しません。デモ用ワークスペースの保存先として別の場所を選択してください。</translation>
    </message>
    <message>
        <source>No temporary folder is available to build the demo workspace in (%1). Check that the temporary folder is writable.</source>
        <translation>デモ用ワークスペースを作成するための一時フォルダーを用意できません（%1）。一時フォルダーに書き込めるか確認してください。</translation>
    </message>
</context>
<context>
    <name>DocumentBuilder</name>
    <message>
        <source>The document could not be saved as “%1” (%2). Check that the folder is writable and the disk is not full.</source>
        <translation>文書を「%1」として保存できませんでした（%2）。フォルダーに書き込めること、ディスクに空きがあることを確認してください。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist. Choose an existing folder for the document.</source>
        <translation>フォルダー「%1」は存在しません。文書の保存先には既存のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give a file name for the document.</source>
        <translation>「%1」はフォルダーです。文書のファイル名を指定してください。</translation>
    </message>
    <message>
        <source>PDF and OpenDocument documents need fonts, which are only available in the graphical application. Save it as HTML or Markdown instead.</source>
        <translation>PDF と OpenDocument の文書にはフォントが必要で、フォントはグラフィカルなアプリケーションでしか使えません。HTML または Markdown で保存してください。</translation>
    </message>
</context>
<context>
    <name>DocumentFormats</name>
    <message>
        <source>“%1” has no report format in its name. End it in .pdf, .odt, .html or .md.</source>
        <translation>「%1」の名前からレポートの形式がわかりません。末尾を .pdf、.odt、.html、.md のいずれかにしてください。</translation>
    </message>
</context>
<context>
    <name>EvidenceRegister</name>
    <message>
        <source>“%1” cannot be read (%2), so its hash was not computed.</source>
        <translation>「%1」を読み取れないため（%2）、ハッシュ値を計算できませんでした。</translation>
    </message>
    <message>
        <source>Reading “%1” failed (%2).</source>
        <translation>「%1」の読み取りに失敗しました（%2）。</translation>
    </message>
    <message>
        <source>Hashing “%1” was cancelled; nothing was recorded.</source>
        <translation>「%1」のハッシュ計算を中止しました。何も記録されていません。</translation>
    </message>
    <message>
        <source>Name the evidence item (e.g. “laptop disk image”).</source>
        <translation>証拠品の名前を入力してください（例:「ノートPCのディスクイメージ」）。</translation>
    </message>
    <message>
        <source>The SHA-256 must be 64 lower-case hexadecimal digits.</source>
        <translation>SHA-256 は小文字の16進数64桁で入力してください。</translation>
    </message>
    <message>
        <source>That evidence item no longer exists in this workspace.</source>
        <translation>その証拠品はこのワークスペースにもう存在しません。一覧から別の証拠品を選択してください。</translation>
    </message>
    <message>
        <source>“%1” has no recorded file hash to check against.</source>
        <translation>「%1」には照合するファイルのハッシュ値が記録されていません。</translation>
    </message>
    <message>
        <source>A custody transfer needs who handed the item over and who received it.</source>
        <translation>証拠品の受け渡しには、引き渡した人と受け取った人の両方を記録してください。</translation>
    </message>
    <message>
        <source>The item&apos;s name</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Where it is stored</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Who collected it</source>
        <translation>収集者</translation>
    </message>
    <message>
        <source>The file name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Who handed it over</source>
        <translation>引き渡した人</translation>
    </message>
    <message>
        <source>Who received it</source>
        <translation>受け取った人</translation>
    </message>
    <message>
        <source>The purpose</source>
        <translation>目的</translation>
    </message>
</context>
<context>
    <name>ExchangeCliCommands</name>
    <message>
        <source>There is no incident “%1” in this workspace.</source>
        <translation>このワークスペースにインシデント「%1」はありません。</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.</source>
        <translation>「%1」は TLP のラベルではありません。TLP:CLEAR、TLP:GREEN、TLP:AMBER、TLP:AMBER+STRICT、TLP:RED のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Export incidents as CSV (spreadsheets), JSON (CSIRT Kit&apos;s full format, for another workspace), MISP event JSON or a STIX 2.1 bundle. Incidents above the TLP ceiling are left out and counted (--verbose names them). The workspace is not changed.</source>
        <translation>インシデントを CSV（表計算ソフト向け）、JSON（CSIRT Kit の完全な形式。別のワークスペース向け）、MISP イベント JSON、STIX 2.1 バンドルのいずれかの形式でエクスポートします。TLP 上限を超えるインシデントは除外し、その件数を表示します（--verbose で一つずつ示します）。ワークスペースは変更されません。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>ワークスペースファイル。</translation>
    </message>
    <message>
        <source>csv, json, misp or stix.</source>
        <translation>csv、json、misp、stix のいずれか。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Export this incident only (repeatable), e.g. INC-2026-0001.</source>
        <translation>このインシデントだけをエクスポートします（複数指定可）。例: INC-2026-0001。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Leave out what is labelled above this TLP label.</source>
        <translation>この TLP ラベルより上のラベルが付いたものを除外します。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>CSV: start with a UTF-8 byte order mark (for Excel).</source>
        <translation>CSV: 先頭に UTF-8 のバイトオーダーマーク（BOM）を付けます（Excel 向け）。</translation>
    </message>
    <message>
        <source>CSV: the columns, comma-separated (default all: %1).</source>
        <translation>CSV: 出力する列をコンマ区切りで指定します（既定値はすべての列: %1）。</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LIST</translation>
    </message>
    <message>
        <source>Give --format csv|json|misp|stix and --output OUT.</source>
        <translation>--format csv|json|misp|stix と --output OUT を指定してください。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to %1.</source>
        <translation>
            <numerusform>%n 件のインシデントを %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import incidents from CSV, CSIRT Kit JSON or MISP event JSON. The file is checked first and the report printed; on any problem nothing is written. Importing the same file again adds nothing.</source>
        <translation>CSV、CSIRT Kit JSON、MISP イベント JSON からインシデントをインポートします。最初にファイルを検査してレポートを表示し、問題が 1 つでもあれば何も書き込みません。同じファイルをもう一度インポートしても、何も追加されません。</translation>
    </message>
    <message>
        <source>csv, json or misp.</source>
        <translation>csv、json、misp のいずれか。</translation>
    </message>
    <message>
        <source>The file to read.</source>
        <translation>読み込むファイル。</translation>
    </message>
    <message>
        <source>IN</source>
        <translation>IN</translation>
    </message>
    <message>
        <source>CSV: a column mapping (JSON, as saved by the import dialog); default: guessed from the header.</source>
        <translation>CSV: 列マッピング（インポートダイアログで保存した JSON）。既定ではヘッダーから推定します。</translation>
    </message>
    <message>
        <source>MAPFILE</source>
        <translation>MAPFILE</translation>
    </message>
    <message>
        <source>Only check the file and print the report.</source>
        <translation>ファイルを検査してレポートを表示するだけにします。</translation>
    </message>
    <message>
        <source>Give --format csv|json|misp and --input IN.</source>
        <translation>--format csv|json|misp と --input IN を指定してください。</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>「%1」を読み込めません: %2</translation>
    </message>
    <message>
        <source>csirtkit-cli import</source>
        <translation>csirtkit-cli import</translation>
    </message>
    <message>
        <source>Write an incident report (--incident) or a period report (--from and --to, in the style of JPCERT/CC&apos;s quarterly reports) as PDF, ODT, HTML or Markdown. Every page carries the TLP label. The workspace is not changed.</source>
        <translation>インシデントレポート（--incident）または期間レポート（--from と --to。JPCERT/CC の四半期報告に倣った形式）を、PDF、ODT、HTML、Markdown のいずれかで書き出します。すべてのページに TLP ラベルが付きます。ワークスペースは変更されません。</translation>
    </message>
    <message>
        <source>The incident, e.g. INC-2026-0001.</source>
        <translation>対象のインシデント。例: INC-2026-0001。</translation>
    </message>
    <message>
        <source>First day of the period (yyyy-MM-dd).</source>
        <translation>期間の初日（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>Last day of the period (yyyy-MM-dd).</source>
        <translation>期間の最終日（yyyy-MM-dd）。</translation>
    </message>
    <message>
        <source>pdf, odt, html or md.</source>
        <translation>pdf、odt、html、md のいずれか。</translation>
    </message>
    <message>
        <source>Report language: en or ja (default en).</source>
        <translation>レポートの言語: en または ja（既定値 en）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Incident report: sections to leave out, comma-separated (e.g. journal,evidence).</source>
        <translation>インシデントレポート: 除外するセクションをコンマ区切りで指定します（例: journal,evidence）。</translation>
    </message>
    <message>
        <source>Give either --incident ID or --from DATE --to DATE, and --format pdf|odt|html|md, --output OUT (and --lang en|ja).</source>
        <translation>--incident ID または --from DATE --to DATE のどちらかと、--format pdf|odt|html|md、--output OUT（および --lang en|ja）を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a section of the incident report.</source>
        <translation>「%1」はインシデントレポートのセクションではありません。</translation>
    </message>
    <message>
        <source>Give the period as --from yyyy-MM-dd --to yyyy-MM-dd.</source>
        <translation>期間は --from yyyy-MM-dd --to yyyy-MM-dd の形式で指定してください。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き出しました。</translation>
    </message>
    <message>
        <source>Name every incident left out by the TLP ceiling.</source>
        <translation>TLP 上限によって除外したインシデントをすべて表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) above the TLP ceiling were left out (--verbose names them).</source>
        <translation>
            <numerusform>TLP 上限を超える %n 件を除外しました（--verbose を付けると一覧を表示します）。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV: no byte order mark, also in Japanese.</source>
        <translation>CSV: 日本語の場合もバイトオーダーマークを付けません。</translation>
    </message>
    <message>
        <source>CSV: the language of the column titles and of the labels (statuses, priorities, classifications): en or ja (default en).</source>
        <translation>CSV: 列名とラベル（状態、優先度、分類）の言語。en または ja（既定は en）。</translation>
    </message>
    <message>
        <source>CSV: column keys and stored values (&quot;closed&quot;, &quot;P1&quot;) instead of titles and labels, for scripts.</source>
        <translation>CSV: 列名とラベルの代わりに、列のキーと保存値（&quot;closed&quot;、&quot;P1&quot;）を書き出します。スクリプト向けです。</translation>
    </message>
    <message>
        <source>Give --lang en or --lang ja.</source>
        <translation>--lang en または --lang ja を指定してください。</translation>
    </message>
</context>
<context>
    <name>FrameworkWorksheet</name>
    <message>
        <source>The CSIRT&apos;s constituency, mission and authority, and how it reports and is reviewed.</source>
        <translation>CSIRTのサービス対象、ミッション、権限と、報告ラインおよび見直しの方法を定めます。</translation>
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
        <source>Authority</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Reporting line</source>
        <translation>報告ライン</translation>
    </message>
    <message>
        <source>e.g. CSIRT → CISO → Board</source>
        <translation>例: CSIRT → CISO → 取締役会</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期的な見直し</translation>
    </message>
    <message>
        <source>e.g. every April, by the CISO</source>
        <translation>例: 毎年4月にCISOが実施</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <source>person #%1</source>
        <translation>要員 #%1</translation>
    </message>
    <message>
        <source>On call (primary): %1</source>
        <translation>オンコール（正担当）: %1</translation>
    </message>
    <message>
        <source>Secondary: %1</source>
        <translation>副担当: %1</translation>
    </message>
    <message>
        <source>On call (secondary): %1</source>
        <translation>オンコール（副担当）: %1</translation>
    </message>
    <message>
        <source>Primary: %1</source>
        <translation>正担当: %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>Record %1</source>
        <translation>レコード %1</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Nothing was imported: correct the problems above and try again.</source>
        <translation>何も取り込まれませんでした。上記の問題を修正してから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>%1: %2, %3.</source>
        <comment>records read: new incidents, already imported</comment>
        <translation>%1（%2、%3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) read</source>
        <translation>
            <numerusform>%n 件のレコードを読み込みました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <translation>
            <numerusform>新規インシデント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported (skipped)</source>
        <translation>
            <numerusform>取り込み済み %n 件はスキップ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentCliCommands</name>
    <message>
        <source>The workspace file.</source>
        <translation>ワークスペースのファイル。</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>検索する内容。</translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format. Open it once in CSIRT Kit to upgrade it, then search.</source>
        <translation>「%1」は古い形式のワークスペースです。一度 CSIRT Kit で開いて形式を更新してから、検索してください。</translation>
    </message>
    <message>
        <source>No incident matches.</source>
        <translation>一致するインシデントはありません。</translation>
    </message>
    <message>
        <source>How many incidents to add (default 1000).</source>
        <translation>追加するインシデントの件数（既定値 1000）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Random seed, for repeatable data (default 1).</source>
        <translation>乱数シード。同じデータを再現するために使います（既定値 1）。</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>--count must be a positive whole number and --seed a whole number.</source>
        <translation>--count には正の整数、--seed には整数を指定してください。</translation>
    </message>
    <message>
        <source>Benchmark organisation</source>
        <translation>ベンチマーク用組織</translation>
    </message>
    <message>
        <source>%1 of %2 incidents</source>
        <translation>%2 件中 %1 件のインシデント</translation>
    </message>
    <message>
        <source>Added %1 incidents to %2 in %3 s.</source>
        <translation>%2 に %1 件のインシデントを追加しました（%3 秒）。</translation>
    </message>
    <message>
        <source>Print the incidents that match QUERY (identifier and title), with the same full-text search of CSIRT Kit. Every word must match; use &quot;quotes&quot; for a phrase. Exit status 0 when something matches, 1 otherwise. The file is not changed.</source>
        <translation>QUERY に一致するインシデント（識別子と件名）を、CSIRT Kit の全文検索で表示します。すべての語が一致する必要があります。語句として検索するには &quot;引用符&quot; で囲みます。一致するものがあれば終了ステータス 0、なければ 1 を返します。ファイルは変更されません。</translation>
    </message>
    <message>
        <source>Add made-up incidents to a workspace (created if it does not exist) for benchmarks and trials. Each follows one of the shipped incident stories, so its title, category, status, times, tasks and journal agree; most are closed, the last three weeks&apos; are still open.</source>
        <translation>ベンチマークや試用のために、架空のインシデントをワークスペースに追加します（ワークスペースがなければ作成します）。各インシデントは同梱のインシデント事例のいずれかに沿っているため、件名、分類、状態、日時、タスク、対応記録が互いに整合します。大半はクローズ済みで、直近3週間のものは対応中です。</translation>
    </message>
    <message>
        <source>The language of the incidents&apos; texts: en or ja (default: en).</source>
        <translation>インシデントの文章の言語: en または ja（既定: en）。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or ja.</source>
        <translation>「%1」は不明な言語です。en または ja を指定してください。</translation>
    </message>
</context>
<context>
    <name>IncidentGenerator</name>
    <message>
        <source>Give a number of incidents from 1 to 1,000,000.</source>
        <translation>インシデントの件数は 1～1,000,000 の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>IncidentHistory</name>
    <message>
        <source>Writing made-up incidents</source>
        <translation>架空のインシデントの書き込み</translation>
    </message>
    <message>
        <source>Sent through the regulator&apos;s online form</source>
        <translation>規制当局のオンライン窓口（報告フォーム）から提出</translation>
    </message>
    <message>
        <source>A made-up incident has no story to tell (CSIRT Kit&apos;s content files are incomplete).</source>
        <translation>架空のインシデントの元になる事例が見つかりません（CSIRT Kit のコンテンツファイルが不完全です）。</translation>
    </message>
</context>
<context>
    <name>IncidentJournal</name>
    <message>
        <source>“%1” is not a kind of journal entry.</source>
        <translation>「%1」は記録エントリの種類ではありません。</translation>
    </message>
    <message>
        <source>A journal entry needs a text.</source>
        <translation>記録エントリには本文が必要です。</translation>
    </message>
    <message>
        <source>The journal entry is too long (at most %1 characters).</source>
        <translation>記録エントリが長すぎます。%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>That incident no longer exists in this workspace.</source>
        <translation>そのインシデントはこのワークスペースにもう存在しません。一覧から別のインシデントを選択してください。</translation>
    </message>
    <message>
        <source>Only an entry of the same incident can be revised.</source>
        <translation>修正できるのは同じインシデントのエントリだけです。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1, journal entry %2: its content was changed outside CSIRT Kit.</source>
        <translation>%1、記録エントリ %2: 内容が CSIRT Kit の外で変更されています。</translation>
    </message>
    <message>
        <source>%1, journal entry %2: the entry before it was changed or replaced.</source>
        <translation>%1、記録エントリ %2: 直前のエントリが変更または差し替えられています。</translation>
    </message>
    <message>
        <source>%1, journal entry %2: an entry before it is missing (deleted?).</source>
        <translation>%1、記録エントリ %2: これより前のエントリが欠けています（削除された可能性があります）。</translation>
    </message>
    <message>
        <source>%1: the newest journal entries (after entry %2) are missing or were replaced.</source>
        <translation>%1: 最新の記録エントリ（エントリ %2 より後）が欠けているか、差し替えられています。</translation>
    </message>
    <message>
        <source>The journal entry</source>
        <translation>記録エントリ</translation>
    </message>
</context>
<context>
    <name>IncidentListQuery</name>
    <message>
        <source>The start date (%1) is after the end date (%2).</source>
        <translation>開始日（%1）が終了日（%2）より後になっています。</translation>
    </message>
    <message>
        <source>The incident list could not be read: %1</source>
        <translation>インシデント一覧を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>IncidentRelations</name>
    <message>
        <source>Name the affected asset (e.g. “web server www1”).</source>
        <translation>影響を受けた資産の名前を入力してください（例:「Webサーバー www1」）。</translation>
    </message>
    <message>
        <source>Criticality must be high, medium or low.</source>
        <translation>重要度は高・中・低のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>An incident cannot be linked to itself.</source>
        <translation>インシデントを自分自身に関連付けることはできません。</translation>
    </message>
    <message>
        <source>The asset&apos;s name</source>
        <translation>資産の名前</translation>
    </message>
    <message>
        <source>The address</source>
        <translation>IP アドレスまたはホスト名</translation>
    </message>
    <message>
        <source>The owning department</source>
        <translation>所管部署</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>対応記録</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>連絡記録</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>観測値</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠品</translation>
    </message>
    <message>
        <source>Lessons learned</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>連絡</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状態変更</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>PGP e-mail</source>
        <translation>PGP暗号化メール</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>未照合</translation>
    </message>
    <message>
        <source>File matches its hash</source>
        <translation>ファイルはハッシュと一致</translation>
    </message>
    <message>
        <source>File has changed</source>
        <translation>ファイルが変更されています</translation>
    </message>
    <message>
        <source>File is missing</source>
        <translation>ファイルが見つかりません</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1（重複元: %2）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (impact %2, urgency %3)</source>
        <translation>%1（影響度 %2、緊急度 %3）</translation>
    </message>
    <message>
        <source>Set by hand: %1</source>
        <translation>手動で設定: %1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>RSIT class / type</source>
        <translation>RSIT 分類 / 種別</translation>
    </message>
    <message>
        <source>JPCERT/CC category</source>
        <translation>JPCERT/CC カテゴリ</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Reported via</source>
        <translation>報告経路</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Helpers</source>
        <translation>協力者</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>影響を受けた資産</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>関連インシデント</translation>
    </message>
    <message>
        <source>Times in %1; durations counted from detection.</source>
        <translation>日時は %1。所要時間は検知からの経過時間です。</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Since detection</source>
        <translation>検知から</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>発生</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Triaged</source>
        <translation>トリアージ</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>封じ込め</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>解決</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>No journal entries.</source>
        <translation>対応記録のエントリはありません。</translation>
    </message>
    <message>
        <source>Corrects entry %1: %2</source>
        <translation>エントリ %1 の訂正: %2</translation>
    </message>
    <message>
        <source>(corrected by entry %1)</source>
        <translation>（エントリ %1 で訂正）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>The journal&apos;s hash chain is intact: no entry was changed or removed outside CSIRT Kit.</source>
        <translation>対応記録のハッシュチェーンは正常です。CSIRT Kit の外でエントリが変更・削除された形跡はありません。</translation>
    </message>
    <message>
        <source>No tasks.</source>
        <translation>タスクはありません。</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>%1 に完了</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>No communications.</source>
        <translation>連絡記録はありません。</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>報告内容: %1</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>約束した事項: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1・%2</translation>
    </message>
    <message>
        <source>With</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方向・手段</translation>
    </message>
    <message>
        <source>Communications above the %1 ceiling, left out: %2.</source>
        <translation>%1 の上限を超えるため除外した連絡記録: %2 件。</translation>
    </message>
    <message>
        <source>No observables.</source>
        <translation>観測値はありません。</translation>
    </message>
    <message>
        <source>Values are defanged (hxxp, [.]) so that they cannot be opened by mistake.</source>
        <translation>誤って開かないよう、値は無害化（hxxp、[.]）して表示しています。</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>No evidence registered.</source>
        <translation>証拠品は登録されていません。</translation>
    </message>
    <message>
        <source>%1 (checked %2)</source>
        <translation>%1（%2 に照合）</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 バイト</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>収集</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>Chain of custody:</source>
        <translation>保管の連鎖:</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>引き渡し日時</translation>
    </message>
    <message>
        <source>From</source>
        <translation>引き渡した人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>受け取った人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.</source>
        <translation>「%1」は TLP のラベルではありません。TLP:CLEAR、TLP:GREEN、TLP:AMBER、TLP:AMBER+STRICT、TLP:RED のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1 is marked %2, above the %3 ceiling chosen for this report, so no report was made. Choose a ceiling of %2 or higher to report on it.</source>
        <translation>%1 は %2 で、このレポートに選んだ上限 %3 を超えるため、レポートを作成しませんでした。このインシデントのレポートを作るには、上限を %2 以上にしてください。</translation>
    </message>
    <message>
        <source>%1 · Incident report of %2</source>
        <translation>%1 · インシデントレポート（%2）</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>届出・通知</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>アーティファクト</translation>
    </message>
    <message>
        <source>%1 before</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>（起点）</translation>
    </message>
    <message>
        <source>No notification obligation applies to this incident.</source>
        <translation>このインシデントに適用される届出・通知の義務はありません。</translation>
    </message>
    <message>
        <source>Not sent — overdue</source>
        <translation>未送付 — 期限超過</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未送付</translation>
    </message>
    <message>
        <source>Deadlines count from becoming aware: %1.</source>
        <translation>期限は認知日時から数えます: %1。</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>義務</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送付</translation>
    </message>
    <message>
        <source>No artefacts.</source>
        <translation>アーティファクトはありません。</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation>%1 行</translation>
    </message>
    <message>
        <source>The texts themselves are kept in the workspace (Artefacts tab).</source>
        <translation>テキスト本体はワークスペースに保存されています（「アーティファクト」タブ）。</translation>
    </message>
    <message>
        <source>Artefact</source>
        <translation>アーティファクト</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加日時</translation>
    </message>
    <message>
        <source>By</source>
        <translation>追加者</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <source>Give the incident a title: a short description of what happened.</source>
        <translation>インシデントの件名（何が起きたかの短い説明）を入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a report channel.</source>
        <translation>「%1」は報告経路ではありません。一覧から選択してください。</translation>
    </message>
    <message>
        <source>Impact and urgency must each be high, medium or low.</source>
        <translation>影響度と緊急度は、それぞれ高・中・低のいずれかを選択してください。</translation>
    </message>
    <message>
        <source>“%1/%2” is not an RSIT class and type.</source>
        <translation>「%1/%2」は RSIT の分類と種別ではありません。一覧から選択してください。</translation>
    </message>
    <message>
        <source>“%1” is not a JPCERT/CC report category.</source>
        <translation>「%1」は JPCERT/CC の報告カテゴリではありません。一覧から選択してください。</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label. Use TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, TLP:GREEN or TLP:CLEAR.</source>
        <translation>「%1」は TLP ラベルではありません。TLP:RED、TLP:AMBER+STRICT、TLP:AMBER、TLP:GREEN、TLP:CLEAR のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Incident %1 recorded: %2</source>
        <translation>インシデント %1 を記録しました: %2</translation>
    </message>
    <message>
        <source>That incident no longer exists in this workspace.</source>
        <translation>そのインシデントはこのワークスペースにもう存在しません。一覧から別のインシデントを選択してください。</translation>
    </message>
    <message>
        <source>There is no incident %1 in this workspace.</source>
        <translation>このワークスペースにインシデント %1 はありません。</translation>
    </message>
    <message>
        <source>An incident needs a title.</source>
        <translation>インシデントには件名が必要です。</translation>
    </message>
    <message>
        <source>“%1” is not a priority. Use P1, P2, P3 or P4.</source>
        <translation>「%1」は優先度ではありません。P1、P2、P3、P4 のいずれかを使用してください。</translation>
    </message>
    <message>
        <source>Say why the priority differs from the impact and urgency (%1): an override needs a reason.</source>
        <translation>優先度が影響度と緊急度から決まる値（%1）と異なる理由を入力してください。優先度を変更するには理由が必要です。</translation>
    </message>
    <message>
        <source>Say why the incident is rejected (not an incident, out of scope, …).</source>
        <translation>却下する理由（インシデントではない、対象範囲外など）を入力してください。</translation>
    </message>
    <message>
        <source>Choose the incident this one duplicates.</source>
        <translation>このインシデントの重複元となるインシデントを選択してください。</translation>
    </message>
    <message>
        <source>It was detected before it occurred.</source>
        <translation>発生より前に検知されたことになっています。</translation>
    </message>
    <message>
        <source>It was reported before it was detected.</source>
        <translation>検知より前に報告されたことになっています。</translation>
    </message>
    <message>
        <source>It was contained before it was detected.</source>
        <translation>検知より前に封じ込められたことになっています。</translation>
    </message>
    <message>
        <source>It was resolved before it was detected.</source>
        <translation>検知より前に解決されたことになっています。</translation>
    </message>
    <message>
        <source>It was closed before it was resolved.</source>
        <translation>解決より前にクローズされたことになっています。</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter when it really happened.</source>
        <translation>%1 は未来の日時です。実際に起きた日時を入力してください。</translation>
    </message>
    <message>
        <source>The title is too long (at most %1 characters).</source>
        <translation>件名が長すぎます。%1 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>テキストが長すぎます。%1 文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>The summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>The reporter</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>The reporter&apos;s contact</source>
        <translation>報告者の連絡先</translation>
    </message>
    <message>
        <source>The assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>The helpers</source>
        <translation>協力者</translation>
    </message>
    <message>
        <source>The lessons learned</source>
        <translation>教訓</translation>
    </message>
    <message>
        <source>%1 is before 1970. Enter when it really happened.</source>
        <translation>%1 は 1970 年より前の日時です。実際に起きた日時を入力してください。</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>IncidentSearch</name>
    <message>
        <source>Enter a word to search for.</source>
        <translation>検索する語を入力してください。</translation>
    </message>
</context>
<context>
    <name>IncidentTasks</name>
    <message>
        <source>A task needs a text.</source>
        <translation>タスクには内容が必要です。</translation>
    </message>
    <message>
        <source>The task is too long (at most 2000 characters).</source>
        <translation>タスクが長すぎます。2000文字以内で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a playbook.</source>
        <translation>「%1」はプレイブックではありません。一覧から選択してください。</translation>
    </message>
    <message>
        <source>The owner&apos;s name is too long (at most 200 characters).</source>
        <translation>担当者名が長すぎます。200文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>The owner&apos;s name</source>
        <translation>担当者名</translation>
    </message>
</context>
<context>
    <name>IncidentWorkflow</name>
    <message>
        <source>An incident cannot go from “%1” to “%2”. From “%1” it can go to: %3.</source>
        <translation>インシデントを「%1」から「%2」に変更することはできません。「%1」から変更できる状態: %3。</translation>
    </message>
</context>
<context>
    <name>IntegrityLedger</name>
    <message>
        <source>Recording the change in the integrity ledger failed (%1). Nothing was saved.</source>
        <translation>完全性台帳への変更の記録に失敗しました（%1）。何も保存されていません。</translation>
    </message>
    <message>
        <source>status history</source>
        <translation>状態変更の履歴</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>対応記録</translation>
    </message>
    <message>
        <source>tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>communications</source>
        <translation>連絡記録</translation>
    </message>
    <message>
        <source>observables</source>
        <translation>観測値</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>証拠品</translation>
    </message>
    <message>
        <source>chain of custody</source>
        <translation>保管の連鎖</translation>
    </message>
    <message>
        <source>artefacts</source>
        <translation>アーティファクト</translation>
    </message>
    <message>
        <source>affected assets</source>
        <translation>影響を受けた資産</translation>
    </message>
    <message>
        <source>related incidents</source>
        <translation>関連インシデント</translation>
    </message>
    <message>
        <source>notification rules applied</source>
        <translation>適用した通知ルール</translation>
    </message>
    <message>
        <source>notices sent</source>
        <translation>送信した通知</translation>
    </message>
    <message>
        <source>identifier counter</source>
        <translation>識別子の採番カウンター</translation>
    </message>
    <message>
        <source>priority matrix</source>
        <translation>優先度マトリクス</translation>
    </message>
    <message>
        <source>notification rules</source>
        <translation>通知ルール</translation>
    </message>
    <message>
        <source>its recorded structure</source>
        <translation>記録された構造</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>項目「%1」</translation>
    </message>
    <message>
        <source>%1 is not in the integrity ledger: it was added outside CSIRT Kit.</source>
        <translation>%1 は完全性台帳にありません。CSIRT Kit の外で追加されたものです。</translation>
    </message>
    <message>
        <source>%1 was changed outside CSIRT Kit: %2.</source>
        <translation>%1 は CSIRT Kit の外で変更されています（変更箇所: %2）。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>The identifier counter for %1 stands at %2, but %3 exists: the counter was changed outside CSIRT Kit. New incidents continue after the highest identifier.</source>
        <translation>%1 年の識別子の採番カウンターは %2 ですが、%3 が存在します。カウンターが CSIRT Kit の外で変更されています。新しいインシデントには、最も大きい識別子の次の番号が付けられます。</translation>
    </message>
    <message>
        <source>Integrity ledger entry %1 was deleted outside CSIRT Kit.</source>
        <translation>完全性台帳のエントリ %1 が CSIRT Kit の外で削除されています。</translation>
    </message>
    <message>
        <source>Integrity ledger entries %1 to %2 were deleted outside CSIRT Kit.</source>
        <translation>完全性台帳のエントリ %1～%2 が CSIRT Kit の外で削除されています。</translation>
    </message>
    <message>
        <source>Integrity ledger entry %1 (%2, %3) was changed outside CSIRT Kit.</source>
        <translation>完全性台帳のエントリ %1（%2、%3）が CSIRT Kit の外で変更されています。</translation>
    </message>
    <message numerus="yes">
        <source>The newest %n integrity ledger entries were deleted outside CSIRT Kit.</source>
        <translation>
            <numerusform>完全性台帳の最新のエントリ %n 件が CSIRT Kit の外で削除されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>The integrity ledger does not end where the workspace recorded its end: entries were added or changed outside CSIRT Kit.</source>
        <translation>完全性台帳の末尾が、ワークスペースに記録された末尾と一致しません。CSIRT Kit の外でエントリが追加または変更されています。</translation>
    </message>
    <message>
        <source>%1 was deleted outside CSIRT Kit.</source>
        <translation>%1 は CSIRT Kit の外で削除されています。</translation>
    </message>
    <message>
        <source>The workspace&apos;s %1 changed outside CSIRT Kit.</source>
        <translation>ワークスペースのルールが CSIRT Kit の外で変更されています（変更箇所: %1）。</translation>
    </message>
    <message>
        <source>The incident does not exist (any more).</source>
        <translation>このインシデントは存在しません（既に削除されている可能性があります）。</translation>
    </message>
    <message>
        <source>The anchor line “%1” is not complete: it must read “ledger: COUNT HASH”.</source>
        <translation>アンカーの行「%1」が不完全です。「ledger: COUNT HASH」の形式である必要があります。</translation>
    </message>
    <message>
        <source>The file holds no CSIRT Kit integrity anchor. Give a file written by “csirtkit-cli verify --anchor”.</source>
        <translation>このファイルには CSIRT Kit の完全性アンカーが含まれていません。「csirtkit-cli verify --anchor」で出力したファイルを指定してください。</translation>
    </message>
    <message>
        <source>The anchor of %1 belongs to another workspace (%2).</source>
        <translation>%1 に作成したアンカーは、別のワークスペース（%2）のものです。</translation>
    </message>
    <message>
        <source>The integrity ledger no longer has entry %1, anchored on %2: its history was cut back outside CSIRT Kit.</source>
        <translation>完全性台帳に、%2 にアンカーとして記録したエントリ %1 がもうありません。CSIRT Kit の外で履歴が切り詰められています。</translation>
    </message>
    <message>
        <source>The integrity ledger was rewritten: entry %1 no longer has the hash anchored on %2. Nothing the workspace records up to that day can be trusted.</source>
        <translation>完全性台帳が書き換えられています。エントリ %1 のハッシュが、%2 にアンカーとして記録した値と一致しません。その日までにワークスペースに記録された内容は、いずれも信頼できません。</translation>
    </message>
</context>
<context>
    <name>IntegrityReport</name>
    <message>
        <source>Verify Integrity</source>
        <translation>完全性の検証</translation>
    </message>
    <message numerus="yes">
        <source>All %n incident(s), their journals and the workspace&apos;s rules are as CSIRT Kit recorded them.</source>
        <translation>
            <numerusform>%n 件のインシデントすべてと、その対応記録、ワークスペースのルールは、CSIRT Kit が記録したとおりの状態です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone who can write the file and recomputes every hash could still hide a change; keep anchors elsewhere with “csirtkit-cli verify --anchor” to expose that.</source>
        <translation>ファイルに書き込める人がすべてのハッシュを計算し直せば、変更を隠すことはなお可能です。これを検出できるよう、「csirtkit-cli verify --anchor」で出力したアンカーを別の場所に保管してください。</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more.</source>
        <translation>
            <numerusform>…ほか %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace was changed outside CSIRT Kit:</source>
        <translation>ワークスペースは CSIRT Kit の外で変更されています:</translation>
    </message>
    <message>
        <source>Keep the file as it is for investigation and compare it with a backup.</source>
        <translation>調査のためにファイルをそのままの状態で保管し、バックアップと比較してください。</translation>
    </message>
</context>
<context>
    <name>JsonExchange</name>
    <message>
        <source>The workspace could not be read or written: %1</source>
        <translation>ワークスペースの読み込みまたは書き込みができませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n communication(s) above the %2 ceiling left out.</source>
        <translation>
            <numerusform>%1: %2 の上限を超える連絡記録 %n 件を除外しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2, above the %3 ceiling: left out.</source>
        <translation>%1 は %2 で、上限 %3 を超えるため除外しました。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートを中止しました。</translation>
    </message>
    <message>
        <source>A record near byte %1 is larger than 256 MiB.</source>
        <translation>バイト %1 付近のレコードが 256 MiB を超えています。</translation>
    </message>
    <message>
        <source>The file ends in the middle of its data (cut off during copying?).</source>
        <translation>ファイルがデータの途中で終わっています（コピー中に途切れた可能性があります）。</translation>
    </message>
    <message>
        <source>The value is missing.</source>
        <translation>値がありません。</translation>
    </message>
    <message>
        <source>It must be true or false.</source>
        <translation>true または false である必要があります。</translation>
    </message>
    <message>
        <source>It must be a whole number.</source>
        <translation>整数である必要があります。</translation>
    </message>
    <message>
        <source>It must be text.</source>
        <translation>テキストである必要があります。</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>テキストが長すぎます（%1 文字以内）。</translation>
    </message>
    <message>
        <source>“%1” is not a date and time like 2026-04-01T09:30:00.000Z.</source>
        <translation>「%1」は 2026-04-01T09:30:00.000Z のような日時ではありません。</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2026-04-01.</source>
        <translation>「%1」は 2026-04-01 のような日付ではありません。</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>値が空です。</translation>
    </message>
    <message>
        <source>“%1” is not allowed here. Use one of: %2.</source>
        <translation>「%1」はここでは使用できません。次のいずれかを使用してください: %2。</translation>
    </message>
    <message>
        <source>This is not a CSIRT Kit incident file: its “format” is not “%1”.</source>
        <translation>これは CSIRT Kit のインシデントファイルではありません。「format」が「%1」ではありません。</translation>
    </message>
    <message>
        <source>The file does not say which version of the format it uses (“version”).</source>
        <translation>ファイルに、使用している形式のバージョン（「version」）が記載されていません。</translation>
    </message>
    <message>
        <source>The file uses version %1 of the format; this CSIRT Kit reads version %2. Update CSIRT Kit to import it.</source>
        <translation>このファイルは形式のバージョン %1 を使用していますが、この CSIRT Kit が読み込めるのはバージョン %2 です。インポートするには CSIRT Kit を更新してください。</translation>
    </message>
    <message>
        <source>The file does not say which workspace it comes from (“workspace_id”).</source>
        <translation>ファイルに、どのワークスペースから出力されたか（「workspace_id」）が記載されていません。</translation>
    </message>
    <message>
        <source>Nothing is imported.</source>
        <translation>何もインポートされません。</translation>
    </message>
    <message>
        <source>The incident is not a valid JSON object (%1).</source>
        <translation>インシデントが有効な JSON オブジェクトではありません（%1）。</translation>
    </message>
    <message>
        <source>another kind of value</source>
        <translation>別の種類の値</translation>
    </message>
    <message>
        <source>%1 duplicates %2, which is neither in the file nor in this workspace.</source>
        <translation>%1 は %2 の重複とされていますが、%2 はファイルにもこのワークスペースにもありません。</translation>
    </message>
    <message>
        <source>It is imported as rejected, with that as the reason.</source>
        <translation>これを理由として、「対象外」の状態でインポートされます。</translation>
    </message>
    <message>
        <source>Duplicate of %1 (not in this workspace).</source>
        <translation>%1 の重複（このワークスペースにはありません）。</translation>
    </message>
    <message>
        <source>%1 is linked to %2, which is neither in the file nor in this workspace.</source>
        <translation>%1 は %2 に関連付けられていますが、%2 はファイルにもこのワークスペースにもありません。</translation>
    </message>
    <message>
        <source>The link is left out.</source>
        <translation>この関連付けは除外されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n more problem(s) not listed.</source>
        <translation>
            <numerusform>ほかに %n 件の問題があります（一覧には表示していません）。</numerusform>
        </translation>
    </message>
    <message>
        <source>It must be a list.</source>
        <translation>リストである必要があります。</translation>
    </message>
    <message>
        <source>It must be a JSON object.</source>
        <translation>JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>“%1” is not an incident identifier like INC-2026-0001.</source>
        <translation>「%1」は INC-2026-0001 のようなインシデント識別子ではありません。</translation>
    </message>
    <message>
        <source>A rejected incident needs the reason why.</source>
        <translation>対象外としたインシデントには、その理由が必要です。</translation>
    </message>
    <message>
        <source>A duplicate must name the incident it duplicates.</source>
        <translation>重複としたインシデントには、重複元のインシデントを指定する必要があります。</translation>
    </message>
    <message>
        <source>“%1/%2” is not an RSIT class and type.</source>
        <translation>「%1/%2」は RSIT の分類と種別ではありません。</translation>
    </message>
    <message>
        <source>%1 appears more than once in the file.</source>
        <translation>%1 がファイル内に複数回出現しています。</translation>
    </message>
    <message>
        <source>The external id “%1” appears more than once in the file.</source>
        <translation>外部 ID「%1」がファイル内に複数回出現しています。</translation>
    </message>
    <message>
        <source>%1 already exists in this workspace as a different incident. Import the file into another workspace, or rename or remove that incident first.</source>
        <translation>%1 は、このワークスペースに別のインシデントとして既に存在します。ファイルを別のワークスペースにインポートするか、先にそのインシデントの識別子を変更するか削除してください。</translation>
    </message>
    <message>
        <source>A link must be an incident identifier like INC-2026-0001.</source>
        <translation>関連付けは、INC-2026-0001 のようなインシデント識別子で指定する必要があります。</translation>
    </message>
    <message>
        <source>The observable “%1” appears more than once.</source>
        <translation>観測値「%1」が複数回出現しています。</translation>
    </message>
    <message>
        <source>The playbook task “%1” appears more than once.</source>
        <translation>プレイブックのタスク「%1」が複数回出現しています。</translation>
    </message>
    <message>
        <source>The notification rule “%1” appears more than once.</source>
        <translation>通知ルール「%1」が複数回出現しています。</translation>
    </message>
    <message>
        <source>The obligation “%1” is marked as sent more than once.</source>
        <translation>報告義務「%1」が、複数回送信済みとして記録されています。</translation>
    </message>
    <message>
        <source>A SHA-256 is 64 hexadecimal digits in lower case.</source>
        <translation>SHA-256 は、小文字の 16 進数 64 桁で指定します。</translation>
    </message>
    <message>
        <source>A size cannot be negative.</source>
        <translation>サイズに負の値は指定できません。</translation>
    </message>
    <message>
        <source>There is no communication %1 in this incident.</source>
        <translation>このインシデントに連絡記録 %1 はありません。</translation>
    </message>
    <message>
        <source>An entry can only revise an earlier entry.</source>
        <translation>エントリが訂正できるのは、それより前のエントリだけです。</translation>
    </message>
    <message>
        <source>%1, journal entry %2: its hash does not match its content (changed after it was written).</source>
        <translation>%1、記録エントリ %2: ハッシュが内容と一致しません（書き込み後に変更されています）。</translation>
    </message>
    <message>
        <source>%1, journal entry %2: it does not follow the entry before it (changed or replaced).</source>
        <translation>%1、記録エントリ %2: 直前のエントリに続いていません（変更または差し替えられています）。</translation>
    </message>
    <message>
        <source>%1, journal entry %2: an entry before it is missing.</source>
        <translation>%1、記録エントリ %2: これより前のエントリが欠けています。</translation>
    </message>
    <message>
        <source>%1: the newest journal entries (after entry %2) are missing or were replaced.</source>
        <translation>%1: 最新の記録エントリ（エントリ %2 より後）が欠けているか、差し替えられています。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (near byte %1).</source>
        <translation>ファイルが有効な JSON ではありません（バイト %1 付近）。</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>インポートを中止しました。何もインポートされていません。</translation>
    </message>
    <message>
        <source>This is not a CSIRT Kit incident file: it does not start with a JSON object.</source>
        <translation>これは CSIRT Kit のインシデントファイルではありません。JSON オブジェクトで始まっていません。</translation>
    </message>
    <message>
        <source>The file has two lists of incidents.</source>
        <translation>ファイルにインシデントの一覧が 2 つあります。</translation>
    </message>
    <message>
        <source>The file names its format, version and workspace only after its incidents, which a stream cannot go back to. Save it as a file first.</source>
        <translation>このファイルでは、形式、バージョン、ワークスペースがインシデントの後に記載されていますが、ストリームでは後から読み戻せません。先にファイルとして保存してください。</translation>
    </message>
    <message>
        <source>“incidents” must be a list.</source>
        <translation>「incidents」はリストである必要があります。</translation>
    </message>
    <message>
        <source>There is more data after the end of the file&apos;s JSON object.</source>
        <translation>ファイルの JSON オブジェクトの終わりより後に、さらにデータがあります。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The file has no list of incidents.</source>
        <translation>ファイルにインシデントの一覧がありません。</translation>
    </message>
    <message>
        <source>This workspace has no id yet: open it in CSIRT Kit once so it is upgraded, then try again.</source>
        <translation>このワークスペースにはまだ ID がありません。一度 CSIRT Kit で開いて形式を更新してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>This workspace was made by an older CSIRT Kit. Open it in CSIRT Kit once, so it is upgraded, then export.</source>
        <translation>このワークスペースは古い CSIRT Kit で作成されています。一度 CSIRT Kit で開いて形式を更新してから、エクスポートしてください。</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.</source>
        <translation>「%1」は TLP のラベルではありません。TLP:CLEAR、TLP:GREEN、TLP:AMBER、TLP:AMBER+STRICT、TLP:RED のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>「%1」を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The file is saved as UTF-16 (or UTF-32) text, but JSON files must be UTF-8. Save it again as UTF-8 (in Notepad: Save As, Encoding “UTF-8”) and try again.</source>
        <translation>ファイルは UTF-16（または UTF-32）のテキストとして保存されていますが、JSON ファイルは UTF-8 である必要があります。UTF-8 で保存し直して（メモ帳の場合は「名前を付けて保存」で文字コードに「UTF-8」を選択）、もう一度お試しください。</translation>
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
    <message>
        <source>New &amp;Demo Workspace…</source>
        <translation>デモ用ワークスペースを新規作成(&amp;D)…</translation>
    </message>
    <message>
        <source>Create a fictional organisation half-way through the build phase, for training and trying things out</source>
        <translation>研修や試用のために、構築フェーズの途中まで進んだ架空の組織を作成します</translation>
    </message>
    <message>
        <source>&amp;Export Plan…</source>
        <translation>計画をエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the phases, checklist, decisions and worksheets as PDF, ODT, HTML or Markdown</source>
        <translation>フェーズ、チェックリスト、決定事項、ワークシートを PDF、ODT、HTML、Markdown 形式で保存します</translation>
    </message>
    <message>
        <source>&amp;Verify Integrity…</source>
        <translation>完全性の検証(&amp;V)…</translation>
    </message>
    <message>
        <source>Check that nothing in the workspace was changed, added or deleted outside CSIRT Kit</source>
        <translation>ワークスペースの内容が CSIRT Kit の外で変更・追加・削除されていないかを検証</translation>
    </message>
    <message>
        <source>CSIRT Kit &amp;Help</source>
        <translation>CSIRT Kit ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Help for the page you are on</source>
        <translation>表示中のページのヘルプ</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
</context>
<context>
    <name>MispExchange</name>
    <message>
        <source>The file is not valid JSON (%1, near byte %2).</source>
        <translation>ファイルが有効な JSON ではありません（%1、バイト %2 付近）。</translation>
    </message>
    <message>
        <source>This is not a MISP event file: it holds neither {&quot;Event&quot;: …} nor {&quot;response&quot;: [{&quot;Event&quot;: …}, …]}.</source>
        <translation>これは MISP のイベントファイルではありません。{&quot;Event&quot;: …} も {&quot;response&quot;: [{&quot;Event&quot;: …}, …]} も含まれていません。</translation>
    </message>
    <message>
        <source>It is not a MISP event ({&quot;Event&quot;: …}).</source>
        <translation>MISP のイベント（{&quot;Event&quot;: …}）ではありません。</translation>
    </message>
    <message>
        <source>Nothing is imported.</source>
        <translation>何もインポートされません。</translation>
    </message>
    <message>
        <source>The event has no valid uuid, so it could not be recognised when imported again.</source>
        <translation>イベントに有効な uuid がないため、再度インポートしたときに同じイベントと認識できません。</translation>
    </message>
    <message>
        <source>The event has no info (its title).</source>
        <translation>イベントに info（件名）がありません。</translation>
    </message>
    <message>
        <source>The info is longer than 500 characters.</source>
        <translation>info が 500 文字を超えています。</translation>
    </message>
    <message>
        <source>The title is shortened; the summary holds all of it.</source>
        <translation>件名は短縮されます。全文は概要に入ります。</translation>
    </message>
    <message>
        <source>Object %1</source>
        <translation>オブジェクト %1</translation>
    </message>
    <message>
        <source>“%1” is not a class and type of the RSIT taxonomy.</source>
        <translation>「%1」は RSIT タクソノミーの分類と種別ではありません。</translation>
    </message>
    <message>
        <source>The tag is ignored.</source>
        <translation>このタグは無視されます。</translation>
    </message>
    <message>
        <source>The event has no TLP tag.</source>
        <translation>イベントに TLP タグがありません。</translation>
    </message>
    <message>
        <source>The incident is marked TLP:AMBER.</source>
        <translation>インシデントには TLP:AMBER が設定されます。</translation>
    </message>
    <message>
        <source>Attribute %1</source>
        <translation>属性 %1</translation>
    </message>
    <message>
        <source>CSIRT Kit has no observable for the MISP type “%1”.</source>
        <translation>CSIRT Kit には、MISP の型「%1」に対応する観測値がありません。</translation>
    </message>
    <message>
        <source>The attribute is left out.</source>
        <translation>この属性は除外されます。</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.</source>
        <translation>「%1」は TLP のラベルではありません。TLP:CLEAR、TLP:GREEN、TLP:AMBER、TLP:AMBER+STRICT、TLP:RED のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Exporting MISP events</source>
        <translation>MISP イベントをエクスポートしています</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>エクスポートを中止しました。</translation>
    </message>
    <message>
        <source>%1 is %2, above the %3 ceiling: left out.</source>
        <translation>%1 は %2 で、上限 %3 を超えるため除外しました。</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>ファイルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Nothing to export: every incident chosen is above the %1 ceiling.</source>
        <translation>エクスポートするものがありません。選択したインシデントはすべて上限 %1 を超えています。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ファイルを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The file is larger than %1 MiB, more than a MISP event file holds.</source>
        <translation>ファイルが %1 MiB を超えています。MISP のイベントファイルとしては大きすぎます。</translation>
    </message>
    <message numerus="yes">
        <source>Imported from MISP event %1 with %n observable(s).</source>
        <translation>
            <numerusform>MISP イベント %1 から、観測値 %n 件とともにインポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” could not be opened: %2</source>
        <translation>「%1」を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The info</source>
        <translation>info 欄</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>NotificationClocks</name>
    <message>
        <source>Enter when the organisation became aware of the incident.</source>
        <translation>組織がインシデントを知った日時を入力してください。</translation>
    </message>
    <message>
        <source>The time of becoming aware is in the future.</source>
        <translation>事態を知った日時が未来になっています。</translation>
    </message>
    <message>
        <source>That notification does not apply to this incident.</source>
        <translation>その通知はこのインシデントには適用されません。</translation>
    </message>
    <message>
        <source>This notification was already recorded as sent.</source>
        <translation>この通知は既に送信済みとして記録されています。</translation>
    </message>
    <message>
        <source>The time it was sent is in the future.</source>
        <translation>送信日時が未来になっています。</translation>
    </message>
    <message>
        <source>%1 sent (%2).</source>
        <translation>%1 を送信しました（%2）。</translation>
    </message>
    <message>
        <source>%1 sent to %2 (%3).</source>
        <translation>%1 を %2 に送信しました（%3）。</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日%2時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間%2分</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>あと%1</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>%1超過</translation>
    </message>
    <message>
        <source>To</source>
        <translation>宛先</translation>
    </message>
    <message>
        <source>Under</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>From</source>
        <translation>報告者</translation>
    </message>
    <message>
        <source>A draft made by CSIRT Kit from the incident log. Fill in every section with what is known now, have it checked (legal adviser, data protection officer) and remove these notes before sending.</source>
        <translation>CSIRT Kit がインシデント管理台帳から作成した下書きです。各項目に現時点で判明していることを記入し、法務担当者や個人情報保護責任者の確認を受け、送付前にこの注記を削除してください。</translation>
    </message>
    <message>
        <source>What the incident log says</source>
        <translation>インシデント管理台帳の記録</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Occurred</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>検知日時</translation>
    </message>
    <message>
        <source>Became aware</source>
        <translation>認知日時</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>封じ込め日時</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <source>Who and what is affected, and how badly.</source>
        <translation>誰が、何が、どの程度影響を受けているかを記入します。</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>講じた措置</translation>
    </message>
    <message>
        <source>What was done and what is planned, to contain the incident and to prevent a recurrence.</source>
        <translation>封じ込めと再発防止のために実施したことと、今後の予定を記入します。</translation>
    </message>
    <message>
        <source>(to fill in)</source>
        <translation>（記入してください）</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>対応担当者</translation>
    </message>
    <message>
        <source>The organisation profile has no e-mail address or telephone number: add them there, so that every notice names how to reach the team.</source>
        <translation>組織プロファイルにメールアドレスも電話番号も登録されていません。どの届出にもチームの連絡方法が記載されるよう、組織プロファイルに登録してください。</translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message>
        <source>A rule needs a key of lower-case letters, digits and underscores (at most 40).</source>
        <translation>ルールには、英小文字、数字、アンダースコアからなるキー（40 文字以内）が必要です。</translation>
    </message>
    <message>
        <source>Give the rule a title.</source>
        <translation>ルールの名称を入力してください。</translation>
    </message>
    <message>
        <source>Each obligation of “%1” needs its own key.</source>
        <translation>「%1」の各報告義務には、それぞれ異なるキーが必要です。</translation>
    </message>
    <message>
        <source>Obligation “%1” of “%2” needs a deadline: hours, days or months after becoming aware.</source>
        <translation>「%2」の報告義務「%1」には期限が必要です。事態を知ってから何時間後、何日後、または何か月後かを指定してください。</translation>
    </message>
    <message>
        <source>Obligation “%1” counts from “%2”, which is not an earlier obligation of the rule.</source>
        <translation>報告義務「%1」は「%2」を起点としていますが、「%2」はこのルールでそれより前の報告義務ではありません。</translation>
    </message>
    <message>
        <source>Rule “%1” has no obligations.</source>
        <translation>ルール「%1」に報告義務がありません。</translation>
    </message>
    <message>
        <source>There is no notification rule “%1”.</source>
        <translation>通知ルール「%1」はありません。</translation>
    </message>
    <message>
        <source>“%1” is a shipped rule; give your rule another key.</source>
        <translation>「%1」は標準で用意されているルールです。独自のルールには別のキーを付けてください。</translation>
    </message>
    <message>
        <source>There is no workspace rule “%1”.</source>
        <translation>ワークスペースにルール「%1」はありません。</translation>
    </message>
    <message numerus="yes">
        <source>Rule “%1” applies to %n incident(s); remove it from them first.</source>
        <translation>
            <numerusform>ルール「%1」は %n 件のインシデントに適用されています。先にそれらのインシデントから外してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every item of the notice for “%1” needs a heading.</source>
        <translation>「%1」の届出の各項目には見出しが必要です。</translation>
    </message>
</context>
<context>
    <name>Observable</name>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4アドレス</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6アドレス</translation>
    </message>
    <message>
        <source>Network (CIDR)</source>
        <translation>ネットワーク（CIDR）</translation>
    </message>
    <message>
        <source>Domain name</source>
        <translation>ドメイン名</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>MD5 hash</source>
        <translation>MD5ハッシュ</translation>
    </message>
    <message>
        <source>SHA-1 hash</source>
        <translation>SHA-1ハッシュ</translation>
    </message>
    <message>
        <source>SHA-256 hash</source>
        <translation>SHA-256ハッシュ</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>ファイル名</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>アカウント名</translation>
    </message>
    <message>
        <source>CVE identifier</source>
        <translation>CVE識別子</translation>
    </message>
    <message>
        <source>Registry key</source>
        <translation>レジストリキー</translation>
    </message>
    <message>
        <source>Other (free text)</source>
        <translation>その他（自由記述）</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2. %3</source>
        <translation>「%1」は有効な%2ではありません。%3</translation>
    </message>
    <message>
        <source>Enter a value for the %1.</source>
        <translation>%1を入力してください。</translation>
    </message>
    <message>
        <source>The value is too long (at most 4096 characters).</source>
        <translation>値が長すぎます。4096文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Enter four numbers from 0 to 255 separated by dots, e.g. 192.0.2.10.</source>
        <translation>0～255の数値4つをドットで区切って入力してください（例: 192.0.2.10）。</translation>
    </message>
    <message>
        <source>Enter it like 2001:db8::1.</source>
        <translation>2001:db8::1 のように入力してください。</translation>
    </message>
    <message>
        <source>Enter a network with its prefix length, e.g. 192.0.2.0/24 or 2001:db8::/32.</source>
        <translation>プレフィックス長を付けてネットワークを入力してください（例: 192.0.2.0/24、2001:db8::/32）。</translation>
    </message>
    <message>
        <source>Enter a host or domain name like mail.example.com (no scheme, no path).</source>
        <translation>mail.example.com のようにホスト名またはドメイン名を入力してください（スキームやパスは不要です）。</translation>
    </message>
    <message>
        <source>Enter a full address with its scheme, e.g. https://example.com/login.</source>
        <translation>スキームを含む完全なアドレスを入力してください（例: https://example.com/login）。</translation>
    </message>
    <message>
        <source>Enter it like name@example.com.</source>
        <translation>name@example.com のように入力してください。</translation>
    </message>
    <message>
        <source>A %1 is %2 hexadecimal digits.</source>
        <translation>%1は16進数%2桁です。</translation>
    </message>
    <message>
        <source>Enter it like CVE-2024-3094.</source>
        <translation>CVE-2024-3094 のように入力してください。</translation>
    </message>
    <message>
        <source>An account name is one line.</source>
        <translation>アカウント名は1行で入力してください。</translation>
    </message>
    <message>
        <source>Start with the hive, e.g. HKLM\Software\Microsoft\Windows\CurrentVersion\Run.</source>
        <translation>ハイブから入力してください（例: HKLM\Software\Microsoft\Windows\CurrentVersion\Run）。</translation>
    </message>
    <message>
        <source>The value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>Observables</name>
    <message>
        <source>The note</source>
        <translation>メモ</translation>
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
    <name>OutputTarget</name>
    <message>
        <source>Give the name of the file to write.</source>
        <translation>書き込むファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>The folder “%1” does not exist or cannot be searched. Choose another folder, or create it first.</source>
        <translation>フォルダー「%1」が存在しないか、参照できません。別のフォルダーを選択するか、先にフォルダーを作成してください。</translation>
    </message>
    <message>
        <source>“%1” is a folder. Give the name of a file to write.</source>
        <translation>「%1」はフォルダーです。書き込むファイルの名前を指定してください。</translation>
    </message>
    <message>
        <source>“%1” is the workspace you are exporting from. Writing there would destroy it; nothing was written. Choose another file name.</source>
        <translation>「%1」はエクスポート元のワークスペースです。ここに書き込むとワークスペースが壊れてしまうため、何も書き込みませんでした。別のファイル名を選択してください。</translation>
    </message>
    <message>
        <source>“%1” is a CSIRT Kit workspace (or belongs to one). An export or report never replaces a workspace; nothing was written. Choose another file name.</source>
        <translation>「%1」は CSIRT Kit のワークスペース（またはその関連ファイル）です。エクスポートやレポートでワークスペースを置き換えることはないため、何も書き込みませんでした。別のファイル名を選択してください。</translation>
    </message>
    <message>
        <source>“%1” already exists and was not replaced. Choose another file name, or allow replacing it (--force on the command line).</source>
        <translation>「%1」は既に存在するため、置き換えませんでした。別のファイル名を選択するか、置き換えを許可してください（コマンドラインでは --force）。</translation>
    </message>
    <message>
        <source>“%1” could not be written (%2). Check that the folder is writable and the disk is not full.</source>
        <translation>「%1」に書き込めませんでした（%2）。フォルダーに書き込めること、ディスクに空きがあることを確認してください。</translation>
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
    <message>
        <source>Readiness</source>
        <translation>準備状況</translation>
    </message>
    <message>
        <source>Concept phase</source>
        <translation>構想フェーズ</translation>
    </message>
    <message>
        <source>Build phase</source>
        <translation>構築フェーズ</translation>
    </message>
    <message>
        <source>Operation phase</source>
        <translation>運用フェーズ</translation>
    </message>
    <message>
        <source>Next open items by due date</source>
        <translation>期限が近い未完了の項目</translation>
    </message>
    <message>
        <source>Next open items</source>
        <translation>次の未完了の項目</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未完了のインシデント</translation>
    </message>
    <message>
        <source>Open the oldest</source>
        <translation>最も古いものを開く</translation>
    </message>
    <message>
        <source>Open the incident log</source>
        <translation>インシデント管理台帳を開く</translation>
    </message>
</context>
<context>
    <name>PagedTextDocument</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>The PDF could not be started. Check that there is space on the disk and try again.</source>
        <translation>PDFの作成を開始できませんでした。ディスクの空き容量を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The PDF could not be finished. Check that there is space on the disk and try again.</source>
        <translation>PDFを最後まで書き込めませんでした。ディスクの空き容量を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The OpenDocument file could not be made. Save the document as PDF or HTML instead.</source>
        <translation>OpenDocument ファイルを作成できませんでした。PDF か HTML で保存してください。</translation>
    </message>
    <message>
        <source>The OpenDocument file could not be written (%1). Check that there is space on the disk and try again.</source>
        <translation>OpenDocument ファイルを書き込めませんでした（%1）。ディスクの空き容量を確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>PeopleCsv</name>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>所属区分</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>合意済みの割合</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>勤務先の電話番号</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>携帯電話番号</translation>
    </message>
    <message>
        <source>24-hour phone</source>
        <translation>24時間連絡可能な電話番号</translation>
    </message>
    <message>
        <source>OpenPGP fingerprint</source>
        <translation>OpenPGP鍵フィンガープリント</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>対応言語</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>着任日</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>The file has no header row. The first row must name the columns (Name, E-mail, …).</source>
        <translation>ファイルに見出し行がありません。1行目に列の名前（氏名、メールアドレスなど）を書いてください。</translation>
    </message>
    <message>
        <source>The file is not valid CSV: %1</source>
        <translation>ファイルが正しいCSVではありません：%1</translation>
    </message>
    <message>
        <source>Choose the column that holds the people&apos;s names.</source>
        <translation>氏名が入っている列を選んでください。</translation>
    </message>
    <message>
        <source>“%1” is not a share of working time; write a whole number of per cent.</source>
        <translation>「%1」は業務割合ではありません。パーセントを整数で書いてください。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD.</source>
        <translation>「%1」は日付ではありません。YYYY-MM-DDの形で書いてください。</translation>
    </message>
    <message>
        <source>%1 is already in the register or earlier in the file.</source>
        <translation>%1は、要員名簿またはこのファイルの前の行にすでにあります。</translation>
    </message>
    <message>
        <source>%1 appears twice in the file.</source>
        <translation>%1がファイルに2回出てきます。</translation>
    </message>
    <message>
        <source>The file has a header row but no people.</source>
        <translation>ファイルには見出し行しかなく、要員がいません。</translation>
    </message>
</context>
<context>
    <name>PeopleImportDialog</name>
    <message>
        <source>Import People</source>
        <translation>要員のインポート</translation>
    </message>
    <message>
        <source>Which field of the register each column holds. Columns set to “Leave out” are not imported.</source>
        <translation>各列が要員名簿のどの項目にあたるかを選びます。「取り込まない」にした列はインポートされません。</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Check:</source>
        <translation>確認：</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>ファイルで見つかった問題</translation>
    </message>
</context>
<context>
    <name>PeopleRepository</name>
    <message>
        <source>%1 already uses the e-mail address %2; each person needs their own.</source>
        <translation>%1が既にメールアドレス%2を使用しています。要員ごとに別のメールアドレスを指定してください。</translation>
    </message>
    <message>
        <source>The person no longer exists in this workspace.</source>
        <translation>この要員は、このワークスペースにもう存在しません。</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>%1行目（%2）: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds or deputises for %n role(s).</source>
        <translation>
            <numerusform>%1 は %n 件の役割の担当者または代行者です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is on %n rota duty(s).</source>
        <translation>
            <numerusform>%1 にはオンコール当番が %n 件あります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n incident(s).</source>
        <translation>
            <numerusform>%1 は %n 件のインシデントの担当者です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 owns %n incident task(s).</source>
        <translation>
            <numerusform>%1 は %n 件のインシデントタスクの担当者です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 owns incidents or tasks in the incident log and cannot be deleted. Hand them to someone else there, or mark %1 inactive: the records keep the name.</source>
        <translation>%1はインシデント管理台帳でインシデントまたはタスクを担当しているため、削除できません。インシデント管理台帳で他の人に引き継ぐか、%1を非アクティブにしてください（記録には名前が残ります）。</translation>
    </message>
    <message>
        <source>%1 cannot be deleted while records name them: %2 Choose a person to take over, or mark %1 inactive instead.</source>
        <translation>%1は記録で参照されているため、削除できません。%2引き継ぐ人を選択するか、代わりに%1を非アクティブにしてください。</translation>
    </message>
    <message>
        <source>Choose someone else to take over from %1.</source>
        <translation>%1の引き継ぎ先には、別の人を選択してください。</translation>
    </message>
    <message>
        <source>Enter the first and the last day of the absence.</source>
        <translation>不在の開始日と終了日を入力してください。</translation>
    </message>
    <message>
        <source>The absence ends (%1) before it starts (%2).</source>
        <translation>不在の終了日（%1）が開始日（%2）より前になっています。日付を確認してください。</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <source>Add Person…</source>
        <translation>要員を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Mark Inactive</source>
        <translation>非アクティブにする</translation>
    </message>
    <message>
        <source>A person who leaves stays in the register, so that the records that name them stay readable</source>
        <translation>チームを離れた要員も要員名簿に残るため、その名前が記載された記録を引き続き読むことができます</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Show inactive people</source>
        <translation>非アクティブな要員を表示</translation>
    </message>
    <message>
        <source>People</source>
        <translation>要員</translation>
    </message>
    <message>
        <source>Load is the share of working time the person&apos;s roles take; it turns red above the share agreed with their manager. Open incidents and tasks come from the incident log.</source>
        <translation>負荷は、その要員の役割が業務時間に占める割合です。上司と合意した割合を超えると赤で表示されます。未完了のインシデントとタスクは、インシデント管理台帳から集計されます。</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSVをインポート…</translation>
    </message>
    <message>
        <source>Add people from a spreadsheet saved as CSV: map the columns, check every row, then import all or nothing</source>
        <translation>CSVで保存した表から要員を追加します。列を対応付け、すべての行を確認してから、全件をまとめて取り込みます（1件でも問題があれば何も取り込みません）。</translation>
    </message>
</context>
<context>
    <name>PeriodReport</name>
    <message>
        <source>Choose a period with a first and a last day, the first not after the last.</source>
        <translation>開始日と終了日を指定し、開始日が終了日より後にならないようにしてください。</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.</source>
        <translation>「%1」は TLP のラベルではありません。TLP:CLEAR、TLP:GREEN、TLP:AMBER、TLP:AMBER+STRICT、TLP:RED のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>The incidents of the period could not be counted: %1</source>
        <translation>期間内のインシデントを集計できませんでした: %1</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>この期間のインシデントはありません。</translation>
    </message>
    <message>
        <source>Incident statistics, %1 to %2</source>
        <translation>インシデント統計（%1～%2）</translation>
    </message>
    <message>
        <source>%1 · Period report of %2 · Days in %3</source>
        <translation>%1 · 期間レポート（%2）· 日付は %3</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Reports received</source>
        <translation>報告件数</translation>
    </message>
    <message>
        <source>Incidents (duplicates merged)</source>
        <translation>インシデント件数（重複を除く）</translation>
    </message>
    <message>
        <source>Coordinations</source>
        <translation>調整件数</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <source>Reports received: incidents logged in the period. Incidents: those reports not marked as duplicates; everything below counts these. Coordinations: incidents with an outgoing communication to an organisation. Open and closed: their status today.</source>
        <translation>報告件数: 期間内に記録されたインシデント。インシデント件数: そのうち重複とされたものを除いた件数で、以下の集計はすべてこれを対象とします。調整件数: 組織への送信の連絡記録があるインシデント。対応中・クローズ: 本日時点の状態です。</translation>
    </message>
    <message>
        <source>Month by month</source>
        <translation>月別</translation>
    </message>
    <message>
        <source>Incidents per month by JPCERT/CC category</source>
        <translation>JPCERT/CC カテゴリ別の月別インシデント件数</translation>
    </message>
    <message>
        <source>The chart is left out: drawing it needs the graphical application.</source>
        <translation>グラフは省略しました。グラフの描画にはグラフィカルなアプリケーションが必要です。</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>By JPCERT/CC category</source>
        <translation>JPCERT/CC カテゴリ別</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>カテゴリ</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>割合</translation>
    </message>
    <message>
        <source>By RSIT class</source>
        <translation>RSIT 分類別</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>By priority</source>
        <translation>優先度別</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>Open today</source>
        <translation>本日時点で対応中</translation>
    </message>
    <message>
        <source>Time to respond</source>
        <translation>対応時間</translation>
    </message>
    <message>
        <source>Hours from detection, for the incidents whose detection time is known.</source>
        <translation>検知日時がわかっているインシデントについて、検知からの時間を示します。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>To triage</source>
        <translation>トリアージまで</translation>
    </message>
    <message>
        <source>To contain</source>
        <translation>封じ込めまで</translation>
    </message>
    <message>
        <source>To resolve</source>
        <translation>解決まで</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>平均</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>中央値</translation>
    </message>
    <message>
        <source>Drawing the chart needs fonts, which are only available in the graphical application.</source>
        <translation>グラフの描画にはフォントが必要で、グラフィカルなアプリケーションでのみ利用できます。</translation>
    </message>
    <message>
        <source>The chart could not be saved as “%1” (%2). Check that the folder exists and is writable.</source>
        <translation>グラフを「%1」として保存できませんでした（%2）。フォルダーが存在し、書き込めることを確認してください。</translation>
    </message>
    <message>
        <source>The figures count every incident of the period, %1 of them labelled above %2; this report names none of them.</source>
        <translation>集計には期間内のすべてのインシデントを含みます。そのうち %1 件は %2 より上位のラベルが付いていますが、本レポートには個々のインシデントは記載していません。</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Person</source>
        <translation>要員</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>氏名:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Department:</source>
        <translation>部署:</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>役職:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Membership:</source>
        <translation>所属区分:</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>所属区分</translation>
    </message>
    <message>
        <source>Agreed share:</source>
        <translation>合意済みの割合:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>The share of working time the line manager agreed for CSIRT work</source>
        <translation>CSIRT業務に充てることを上司と合意した業務時間の割合</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>合意済みの割合</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>メールアドレス:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Office phone:</source>
        <translation>勤務先の電話番号:</translation>
    </message>
    <message>
        <source>Office phone</source>
        <translation>勤務先の電話番号</translation>
    </message>
    <message>
        <source>Mobile phone:</source>
        <translation>携帯電話番号:</translation>
    </message>
    <message>
        <source>Mobile phone</source>
        <translation>携帯電話番号</translation>
    </message>
    <message>
        <source>24-hour phone:</source>
        <translation>24時間連絡可能な電話番号:</translation>
    </message>
    <message>
        <source>24-hour phone</source>
        <translation>24時間連絡可能な電話番号</translation>
    </message>
    <message>
        <source>OpenPGP fingerprint:</source>
        <translation>OpenPGP鍵フィンガープリント:</translation>
    </message>
    <message>
        <source>40 hexadecimal digits; spaces are allowed</source>
        <translation>16進数40桁（空白を含めても構いません）</translation>
    </message>
    <message>
        <source>OpenPGP fingerprint</source>
        <translation>OpenPGP鍵フィンガープリント</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>対応言語:</translation>
    </message>
    <message>
        <source>e.g. Japanese, English</source>
        <translation>例: 日本語、英語</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>対応言語</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>タイムゾーン:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Start date:</source>
        <translation>着任日:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or empty</source>
        <translation>YYYY-MM-DD（空欄も可）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>着任日</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状態:</translation>
    </message>
    <message>
        <source>Active member of the team</source>
        <translation>チームのアクティブなメンバー</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>メモ:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Levels: 0 none, 1 basic, 2 working, 3 expert. The roles column shows the level the person&apos;s roles need.</source>
        <translation>レベル: 0 なし、1 基礎、2 実務、3 専門。役割の列には、その要員の役割に必要なレベルが表示されます。</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>不在期間</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>終了日:</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>理由（任意）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>Internal</source>
        <translation>社内</translation>
    </message>
    <message>
        <source>External (outsourced, vendor)</source>
        <translation>外部（委託先、ベンダー）</translation>
    </message>
    <message>
        <source>Virtual member</source>
        <translation>バーチャルメンバー</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>氏名を入力してください。</translation>
    </message>
    <message>
        <source>The name is longer than 200 characters.</source>
        <translation>氏名が200文字を超えています。200文字以内で入力してください。</translation>
    </message>
    <message>
        <source>Membership must be internal, external or virtual.</source>
        <translation>所属区分は、社内、外部、バーチャルのいずれかを選択してください。</translation>
    </message>
    <message>
        <source>The share of working time must be between 0 and 100 %.</source>
        <translation>業務時間の割合は0～100 %の範囲で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not an e-mail address (name@example.org).</source>
        <translation>「%1」はメールアドレスではありません。name@example.orgのような形式で入力してください。</translation>
    </message>
    <message>
        <source>“%1” is not a phone number: use digits, spaces, +, -, ( and ).</source>
        <translation>「%1」は電話番号ではありません。数字、空白、+、-、(、)を使って入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>An OpenPGP fingerprint has exactly 40 hexadecimal digits (0–9, A–F); this one has %n.</source>
        <translation>
            <numerusform>OpenPGP フィンガープリントは 16 進数（0～9、A～F）でちょうど 40 桁ですが、入力された値は %n 桁です。フィンガープリントを確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not a known time zone; use a name such as Asia/Tokyo.</source>
        <translation>「%1」は既知のタイムゾーンではありません。Asia/Tokyoのような名前を指定してください。</translation>
    </message>
    <message>
        <source>The start date must be between 1950 and 2100.</source>
        <translation>着任日は1950年から2100年までの範囲で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a skill of the role catalogue.</source>
        <translation>「%1」は役割カタログのスキルではありません。</translation>
    </message>
    <message>
        <source>Skill levels go from 0 to 3.</source>
        <translation>スキルのレベルは0～3の範囲で指定してください。</translation>
    </message>
</context>
<context>
    <name>PlanCliCommands</name>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or ja.</source>
        <translation>「%1」は不明な言語です。en または ja を指定してください。</translation>
    </message>
    <message>
        <source>Create a workspace for a fictional organisation half-way through the build phase, to try CSIRT Kit out. Its dates are relative to today.</source>
        <translation>構築フェーズの途中まで進んだ架空の組織のワークスペースを作成します（CSIRT Kitのお試し用）。日付は今日を基準に設定されます。</translation>
    </message>
    <message>
        <source>The workspace file to create (.csirt).</source>
        <translation>作成するワークスペースファイル（.csirt）。</translation>
    </message>
    <message>
        <source>The language of the demo texts: en or ja (default: en).</source>
        <translation>デモの文章の言語: en または ja（既定: en）。</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>FILE が既に存在する場合は置き換えます。</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or add --force to replace it.</source>
        <translation>「%1」は既に存在します。別の名前を指定するか、置き換える場合は --force を付けてください。</translation>
    </message>
    <message>
        <source>Created the demo workspace %1</source>
        <translation>デモ用ワークスペース %1 を作成しました</translation>
    </message>
    <message>
        <source>Export the plan of a workspace — the phases with every checklist item, the decisions and the worksheets — as PDF, OpenDocument text, HTML or Markdown. The workspace is not changed.</source>
        <translation>ワークスペースの計画（各フェーズとそのすべてのチェックリスト項目、決定事項、ワークシート）を、PDF、OpenDocumentテキスト、HTML、Markdownのいずれかの形式でエクスポートします。ワークスペースは変更されません。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>ワークスペースファイル。</translation>
    </message>
    <message>
        <source>The file format: pdf, odt, html or md.</source>
        <translation>ファイル形式: pdf、odt、html、md のいずれか。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The language of the plan: en or ja (default: en).</source>
        <translation>計画の言語: en または ja（既定: en）。</translation>
    </message>
    <message>
        <source>The plan cannot be exported as “%1”. Use --format with one of: %2.</source>
        <translation>計画を「%1」形式でエクスポートすることはできません。--format には次のいずれかを指定してください: %2。</translation>
    </message>
    <message>
        <source>Give the file format with --format pdf|odt|html|md.</source>
        <translation>ファイル形式を --format pdf|odt|html|md で指定してください。</translation>
    </message>
    <message>
        <source>Give the file to write with --output OUT.</source>
        <translation>書き出すファイルを --output OUT で指定してください。</translation>
    </message>
    <message>
        <source>Wrote the plan to %1</source>
        <translation>計画を %1 に書き出しました</translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format. Open it once in CSIRT Kit to upgrade it, then export.</source>
        <translation>「%1」は古い形式のワークスペースです。一度 CSIRT Kit で開いて形式を更新してから、エクスポートしてください。</translation>
    </message>
    <message>
        <source>The TLP label the plan carries on every page (default: %1).</source>
        <translation>計画書の全ページに付ける TLP ラベル（既定: %1）。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.</source>
        <translation>「%1」は TLP ラベルではありません。TLP:CLEAR、TLP:GREEN、TLP:AMBER、TLP:AMBER+STRICT、TLP:RED のいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Set item status to “%1”</source>
        <translation>項目の状態を「%1」に設定</translation>
    </message>
    <message>
        <source>Change item owner</source>
        <translation>項目の担当者を変更</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>期限を変更</translation>
    </message>
    <message>
        <source>Edit item notes</source>
        <translation>項目のメモを編集</translation>
    </message>
    <message>
        <source>Edit item text</source>
        <translation>項目のテキストを編集</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>エビデンスを追加</translation>
    </message>
    <message>
        <source>Remove evidence</source>
        <translation>エビデンスを削除</translation>
    </message>
    <message>
        <source>Add checklist item</source>
        <translation>チェックリスト項目を追加</translation>
    </message>
    <message>
        <source>Remove checklist item</source>
        <translation>チェックリスト項目を削除</translation>
    </message>
    <message>
        <source>Move checklist item</source>
        <translation>チェックリスト項目を移動</translation>
    </message>
    <message>
        <source>Reset step to template</source>
        <translation>ステップをテンプレートに戻す</translation>
    </message>
</context>
<context>
    <name>PlanRepository</name>
    <message>
        <source>That step no longer exists in this workspace.</source>
        <translation>そのステップはこのワークスペースに既に存在しません。別のステップを選択してください。</translation>
    </message>
    <message>
        <source>That checklist item no longer exists in this workspace.</source>
        <translation>そのチェックリスト項目はこのワークスペースに既に存在しません。別の項目を選択してください。</translation>
    </message>
    <message>
        <source>Say why the item does not apply: a reason is needed for “not applicable”.</source>
        <translation>項目が対象外である理由を入力してください。「対象外」にするには理由が必要です。</translation>
    </message>
    <message>
        <source>The reason is too long (at most %1 characters).</source>
        <translation>理由が長すぎます。%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The owner&apos;s name is too long (at most 200 characters).</source>
        <translation>担当者名が長すぎます。200文字以内で入力してください。</translation>
    </message>
    <message>
        <source>%1 is not a plausible due date. Choose a date between 1990 and 2200.</source>
        <translation>%1は期限として妥当な日付ではありません。1990年から2200年までの日付を選択してください。</translation>
    </message>
    <message>
        <source>The notes are too long (at most %1 characters).</source>
        <translation>メモが長すぎます。%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>The item text is too long (at most %1 characters).</source>
        <translation>項目のテキストが長すぎます。%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>A checklist item needs a text.</source>
        <translation>チェックリスト項目のテキストが入力されていません。テキストを入力してください。</translation>
    </message>
    <message>
        <source>The item cannot move there.</source>
        <translation>項目をその位置に移動することはできません。</translation>
    </message>
    <message>
        <source>Enter a web address or choose a file as evidence.</source>
        <translation>エビデンスとして、Webアドレスを入力するかファイルを選択してください。</translation>
    </message>
    <message>
        <source>The evidence link is too long (at most %1 characters).</source>
        <translation>エビデンスのリンクが長すぎます。%1文字以内で指定してください。</translation>
    </message>
</context>
<context>
    <name>PlanSnapshot</name>
    <message>
        <source>Decisions</source>
        <translation>決定事項</translation>
    </message>
    <message>
        <source>Service catalogue</source>
        <translation>サービスカタログ</translation>
    </message>
    <message>
        <source>Organisational model</source>
        <translation>組織形態</translation>
    </message>
    <message>
        <source>Worksheets</source>
        <translation>ワークシート</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>分野</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Scope and hours</source>
        <translation>範囲と対応時間</translation>
    </message>
    <message>
        <source>Checklist item</source>
        <translation>チェックリスト項目</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>CSIRT plan</source>
        <translation>CSIRT計画</translation>
    </message>
    <message>
        <source>Exported on %1.</source>
        <translation>エクスポート日: %1</translation>
    </message>
    <message>
        <source>%1 of %2 items done (%3 %).</source>
        <translation>%2 項目中 %1 項目が完了（%3 %）。</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message>
        <source>%1 (hours: %2)</source>
        <translation>%1（対応時間: %2）</translation>
    </message>
    <message>
        <source>Hours: %1</source>
        <translation>対応時間: %1</translation>
    </message>
    <message>
        <source>Not decided yet.</source>
        <translation>まだ決まっていません。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 items done (%3 %). %n item(s) overdue.</source>
        <translation>
            <numerusform>%2 項目中 %1 項目が完了（%3 %）。%n 項目が期限超過です。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not applicable: %1)</source>
        <translation>（対象外: %1）</translation>
    </message>
    <message>
        <source>Chosen model</source>
        <translation>選択したモデル</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>No service has been chosen for the service catalogue.</source>
        <translation>サービスカタログのサービスが選択されていません。</translation>
    </message>
    <message>
        <source>No organisational model has been chosen.</source>
        <translation>組織形態が選択されていません。</translation>
    </message>
    <message>
        <source>The project charter has not been approved.</source>
        <translation>プロジェクト憲章が承認されていません。</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>Not started</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
</context>
<context>
    <name>PriorityMatrix</name>
    <message>
        <source>Every impact and urgency pair needs a priority from P1 to P4.</source>
        <translation>影響度と緊急度のすべての組み合わせに、P1～P4 の優先度を設定してください。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>This workspace is open read-only; the team cannot be changed.</source>
        <translation>このワークスペースは読み取り専用で開かれているため、チームを変更できません。</translation>
    </message>
</context>
<context>
    <name>RaciTab</name>
    <message>
        <source>R responsible (does the work) · A accountable (exactly one per activity) · C consulted · I informed. Click a cell to change it.</source>
        <translation>R 実行責任（作業を行う） · A 説明責任（活動ごとにちょうど1つ） · C 協議 · I 報告。セルをクリックすると変更できます。</translation>
    </message>
    <message>
        <source>Reset to the Team Shape&apos;s Default</source>
        <translation>チーム形態の既定に戻す</translation>
    </message>
    <message>
        <source>RACI table</source>
        <translation>RACI表</translation>
    </message>
</context>
<context>
    <name>ResolveCheck</name>
    <message>
        <source>No lessons learned are written yet.</source>
        <translation>教訓がまだ記入されていません。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 task(s) not done.</source>
        <translation>
            <numerusform>タスク %1 件のうち %n 件が未完了です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notification(s) not sent: %1.</source>
        <translation>
            <numerusform>未送付の届出・通知が %n 件あります: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <comment>between listed values</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>occurred</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>検知日時</translation>
    </message>
    <message>
        <source>contained</source>
        <translation>封じ込め日時</translation>
    </message>
    <message>
        <source>No time is recorded for: %1.</source>
        <translation>次の日時が記録されていません: %1。</translation>
    </message>
    <message>
        <source>Taken with items still open:</source>
        <translation>未完了の項目があるまま実施しました:</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
</context>
<context>
    <name>RoleCatalogue</name>
    <message>
        <source>The role catalogue is not valid JSON: %1</source>
        <translation>役割カタログが正しい JSON ではありません: %1</translation>
    </message>
    <message>
        <source>The role catalogue needs skills, roles, activities and team templates.</source>
        <translation>役割カタログには、スキル、役割、活動、チーム構成のテンプレートが必要です。</translation>
    </message>
    <message>
        <source>Every role needs a key of its own (“%1”).</source>
        <translation>役割にはそれぞれ固有のキーが必要です（「%1」）。</translation>
    </message>
    <message>
        <source>Role “%1” needs its title and duties in English and Japanese.</source>
        <translation>役割「%1」には、英語と日本語の名称と職務が必要です。</translation>
    </message>
    <message>
        <source>Role “%1” names the group “%2”, which the catalogue does not have.</source>
        <translation>役割「%1」のグループ「%2」は、カタログにありません。</translation>
    </message>
    <message>
        <source>Role “%1” needs the skill “%2” at level %3: an unknown skill or a level outside 0–3.</source>
        <translation>役割「%1」がスキル「%2」をレベル %3 で必要としていますが、不明なスキルか、0～3 の範囲外のレベルです。</translation>
    </message>
    <message>
        <source>Role “%1” names the service “%2”, which is not in the service catalogue.</source>
        <translation>役割「%1」のサービス「%2」は、サービスカタログにありません。</translation>
    </message>
    <message>
        <source>Team template “%1” names the role “%2”, which the catalogue does not have.</source>
        <translation>チーム構成のテンプレート「%1」の役割「%2」は、カタログにありません。</translation>
    </message>
    <message>
        <source>Team template “%1” names the organisational model “%2”, which does not exist.</source>
        <translation>チーム構成のテンプレート「%1」の組織形態「%2」は存在しません。</translation>
    </message>
    <message>
        <source>A combination in team template “%1” names “%2”, which is not one of its roles.</source>
        <translation>チーム構成のテンプレート「%1」の兼務の組み合わせにある「%2」は、そのテンプレートの役割ではありません。</translation>
    </message>
    <message>
        <source>The RACI of “%1” gives “%2” to “%3”, which is not one of its roles.</source>
        <translation>「%1」の RACI で「%2」が割り当てられている「%3」は、そのテンプレートの役割ではありません。</translation>
    </message>
    <message>
        <source>The RACI of “%1” for “%2” must use R, A, C or I.</source>
        <translation>「%1」の「%2」の RACI には、R、A、C、I のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The RACI of “%1” for “%2” needs exactly one A and at least one R.</source>
        <translation>「%1」の「%2」の RACI には、A がちょうど 1 つと、R が 1 つ以上必要です。</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>名称（英語）:</translation>
    </message>
    <message>
        <source>Name (Japanese):</source>
        <translation>名称（日本語）:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>グループ:</translation>
    </message>
    <message>
        <source>Load:</source>
        <translation>負荷:</translation>
    </message>
    <message>
        <source> % of a person&apos;s time</source>
        <translation> %（1人の業務時間に対する割合）</translation>
    </message>
    <message>
        <source>A minimal team needs this role</source>
        <translation>最小構成のチームで必要な役割</translation>
    </message>
    <message>
        <source>Hidden (not used by this team)</source>
        <translation>非表示（このチームでは使用しない）</translation>
    </message>
    <message>
        <source>Duties (English):</source>
        <translation>職務（英語）:</translation>
    </message>
    <message>
        <source>Duties (Japanese):</source>
        <translation>職務（日本語）:</translation>
    </message>
    <message>
        <source>Skills the role needs (0 not needed … 3 expert):</source>
        <translation>役割に必要なスキル（0 不要 … 3 専門）:</translation>
    </message>
    <message>
        <source>Skills the role needs</source>
        <translation>役割に必要なスキル</translation>
    </message>
</context>
<context>
    <name>RolesTab</name>
    <message>
        <source>Add Role…</source>
        <translation>役割を追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示にする</translation>
    </message>
    <message>
        <source>A hidden role is kept but not used by this team</source>
        <translation>非表示にした役割は削除されずに残りますが、このチームでは使用されません</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Reset to Default</source>
        <translation>既定に戻す</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>The roles of the Nippon CSIRT Association&apos;s definitions, as this team uses them. Rename, hide or change a role, or add your own; the shipped text stays the default.</source>
        <translation>日本シーサート協議会の定義に基づく役割を、このチームでの使い方に合わせて表示しています。役割の名前の変更、非表示、内容の変更や、独自の役割の追加ができます。同梱のテキストは既定値として残ります。</translation>
    </message>
</context>
<context>
    <name>RotaPlanner</name>
    <message>
        <source>Nobody can be on call from %1 to %2: everyone is absent or would break the rest or consecutive-period rule. Add people, relax the rules or assign someone by hand.</source>
        <translation>%1から%2まで、オンコール当番に入れる人がいません。全員が不在か、休息時間または連続当番の規則に違反してしまいます。要員を追加するか、規則を緩めるか、手動で誰かを割り当ててください。</translation>
    </message>
    <message>
        <source>Nobody can be the secondary from %1 to %2 without breaking a rule. Add people, relax the rules or assign someone by hand.</source>
        <translation>%1から%2まで、規則に違反せずに副担当に入れる人がいません。要員を追加するか、規則を緩めるか、手動で誰かを割り当ててください。</translation>
    </message>
    <message>
        <source>%1 is both primary and secondary in the shift starting %2. Choose someone else as secondary.</source>
        <translation>%2開始の当番で、%1が正担当と副担当の両方になっています。副担当には別の人を選択してください。</translation>
    </message>
    <message>
        <source>person #%1</source>
        <translation>要員 #%1</translation>
    </message>
    <message>
        <source>The shift starting %1 has someone who is not on the on-call list (inactive or removed). Assign an active person.</source>
        <translation>%1開始の当番に、オンコール当番の対象者ではない人（非アクティブまたは削除済み）が割り当てられています。アクティブな要員を割り当ててください。</translation>
    </message>
    <message>
        <source>%1 is absent during the shift starting %2. Swap the shift with someone else or regenerate the rota.</source>
        <translation>%1は%2開始の当番の期間中に不在です。他の人と当番を交換するか、当番表を生成し直してください。</translation>
    </message>
    <message>
        <source>%1 has %2 h of rest before the shift starting %3; the rules ask for at least %4 h. Swap one of the shifts.</source>
        <translation>%1は%3開始の当番の前の休息時間が%2時間しかありません（規則では%4時間以上）。いずれかの当番を交換してください。</translation>
    </message>
    <message>
        <source>%1 is on duty for %2 periods in a row up to the shift starting %3; the rules allow at most %4. Swap one of the shifts.</source>
        <translation>%1は%3開始の当番まで%2期間連続で当番に入っています（規則では最大%4期間）。いずれかの当番を交換してください。</translation>
    </message>
</context>
<context>
    <name>RotaRepository</name>
    <message>
        <source>Choose a first and a last day, the last on or after the first.</source>
        <translation>開始日と終了日を選択してください。終了日は開始日以降にしてください。</translation>
    </message>
    <message>
        <source>Plan at most three years at a time.</source>
        <translation>一度に計画できる期間は最長3年です。期間を短くしてください。</translation>
    </message>
    <message>
        <source>Nobody is eligible for on-call duty. Assign a holder or deputies to %1, or name the people of the rota in its settings.</source>
        <translation>オンコール当番に入れる人がいません。役割「%1」に担当者または代行者を割り当てるか、当番表の設定で当番に入る要員を指定してください。</translation>
    </message>
    <message>
        <source>A shift needs a first and a last day, the last on or after the first.</source>
        <translation>当番には開始日と終了日が必要です。終了日は開始日以降にしてください。</translation>
    </message>
    <message>
        <source>Save the rota before writing a handover note for its shifts.</source>
        <translation>当番の引き継ぎメモを書く前に、当番表を保存してください。</translation>
    </message>
</context>
<context>
    <name>RotaTab</name>
    <message>
        <source>Rules</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>当番期間:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>当番期間</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>1週間</translation>
    </message>
    <message>
        <source>Half-week</source>
        <translation>半週</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>Week starts on:</source>
        <translation>週の開始曜日:</translation>
    </message>
    <message>
        <source>Week starts on</source>
        <translation>週の開始曜日</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>月曜日</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>火曜日</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>水曜日</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>木曜日</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>金曜日</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>土曜日</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>日曜日</translation>
    </message>
    <message>
        <source>Change of shift:</source>
        <translation>交代時刻:</translation>
    </message>
    <message>
        <source>Change of shift</source>
        <translation>交代時刻</translation>
    </message>
    <message>
        <source>Local time (the workspace&apos;s time zone) at which one duty hands over to the next.</source>
        <translation>当番を次の担当者に引き継ぐ時刻（ワークスペースのタイムゾーンでの現地時刻）。</translation>
    </message>
    <message>
        <source>Most periods in a row:</source>
        <translation>連続当番の上限:</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Most periods in a row</source>
        <translation>連続当番の上限</translation>
    </message>
    <message>
        <source>Minimum rest:</source>
        <translation>最低休息時間:</translation>
    </message>
    <message>
        <source> h</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Minimum rest in hours</source>
        <translation>最低休息時間（時間）</translation>
    </message>
    <message>
        <source>Hours between the end of a person&apos;s duty and the start of their next one.</source>
        <translation>当番が終わってから、同じ人の次の当番が始まるまでの時間。</translation>
    </message>
    <message>
        <source>Escalate to the secondary after:</source>
        <translation>副担当へのエスカレーションまで:</translation>
    </message>
    <message>
        <source> min</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Escalate to the secondary after minutes</source>
        <translation>副担当へのエスカレーションまでの時間（分）</translation>
    </message>
    <message>
        <source>Minutes without an acknowledgement from the primary before the secondary is called.</source>
        <translation>正担当からの応答がない場合に、副担当に連絡するまでの時間（分）。</translation>
    </message>
    <message>
        <source>Escalate to the commander after:</source>
        <translation>コマンダーへのエスカレーションまで:</translation>
    </message>
    <message>
        <source>Escalate to the commander after minutes</source>
        <translation>コマンダーへのエスカレーションまでの時間（分）</translation>
    </message>
    <message>
        <source>Minutes without an acknowledgement from the secondary either before the incident commander is called.</source>
        <translation>副担当からも応答がない場合に、インシデントコマンダーに連絡するまでの時間（分）。</translation>
    </message>
    <message>
        <source>Who is on call</source>
        <translation>オンコール当番の対象者</translation>
    </message>
    <message>
        <source>The holder and deputies of:</source>
        <translation>次の役割の担当者と代行者:</translation>
    </message>
    <message>
        <source>Role whose holder and deputies are on call</source>
        <translation>担当者と代行者がオンコール当番に入る役割</translation>
    </message>
    <message>
        <source>These people:</source>
        <translation>次の要員:</translation>
    </message>
    <message>
        <source>People on call</source>
        <translation>オンコール当番の要員</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>設定を適用</translation>
    </message>
    <message>
        <source>Save the rules and the people on call; Generate uses them.</source>
        <translation>規則とオンコール当番の要員を保存します。「生成」ではこの設定を使用します。</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>開始日:</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>to:</source>
        <translation>終了日:</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Save rota</source>
        <translation>当番表を保存(&amp;S)</translation>
    </message>
    <message>
        <source>On-call rota</source>
        <translation>オンコール当番表</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>正担当</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>副担当</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>引き継ぎメモ</translation>
    </message>
    <message>
        <source>Problems of the rota</source>
        <translation>当番表の問題点</translation>
    </message>
    <message>
        <source>Rules the shown rota breaks. Click one to select its shift.</source>
        <translation>表示中の当番表が違反している規則です。クリックすると、該当する当番を選択します。</translation>
    </message>
    <message>
        <source>Duty per person over the shown weeks:</source>
        <translation>表示中の週における要員ごとの当番:</translation>
    </message>
    <message>
        <source>Duty per person</source>
        <translation>要員ごとの当番</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>要員</translation>
    </message>
    <message>
        <source>Weekend days</source>
        <translation>週末の日数</translation>
    </message>
    <message>
        <source>Holiday days</source>
        <translation>祝日の日数</translation>
    </message>
    <message>
        <source>&amp;Edit shift…</source>
        <translation>当番を編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Change the people of the selected shift (a hand edit, kept by Generate) or its handover note.</source>
        <translation>選択した当番の担当者（手動での編集として、「生成」でも維持されます）または引き継ぎメモを変更します。</translation>
    </message>
    <message>
        <source>S&amp;wap…</source>
        <translation>交換(&amp;W)…</translation>
    </message>
    <message>
        <source>Select two shifts to exchange their primaries.</source>
        <translation>2つの当番を選択して、正担当を入れ替えます。</translation>
    </message>
    <message>
        <source>Export &amp;iCalendar…</source>
        <translation>iCalendarをエクスポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Rules and people</source>
        <translation>ルールと対象者(&amp;R)</translation>
    </message>
    <message>
        <source>Show or hide the rules of the rota and who is on call.</source>
        <translation>当番表のルールとオンコール対象者を表示または非表示にします。</translation>
    </message>
    <message>
        <source>Plan these weeks with the rules and people set under Rules and people; hand edits stay. Nothing is saved until Save rota.</source>
        <translation>「ルールと対象者」で設定したルールと要員で、この期間の当番を計画します。手動で変更した当番はそのまま残ります。「当番表を保存」を押すまで何も保存されません。</translation>
    </message>
    <message>
        <source>Plan a secondary (backup)</source>
        <translation>副担当（バックアップ）を割り当てる</translation>
    </message>
    <message>
        <source>A second person on call for each period, called when the primary does not answer.</source>
        <translation>各期間の2人目のオンコール担当者です。正担当が応答しないときに呼び出されます。</translation>
    </message>
    <message>
        <source>Save the rota saved for these weeks as an .ics file for calendar programs.</source>
        <translation>この期間の保存済み当番表を、カレンダーアプリ用の.icsファイルとして保存します。</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>Give the filter a name.</source>
        <translation>フィルターの名前を入力してください。</translation>
    </message>
    <message>
        <source>A filter name can have at most %1 characters.</source>
        <translation>フィルター名は%1文字以内で入力してください。</translation>
    </message>
    <message>
        <source>There is no saved filter called “%1”.</source>
        <translation>「%1」という保存済みフィルターはありません。</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>index</source>
        <translation>インデックス</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>トリガー</translation>
    </message>
    <message>
        <source>view</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <source>the %1 “%2” is missing</source>
        <translation>%1「%2」がありません</translation>
    </message>
    <message>
        <source>the %1 “%2” is not as this format defines it</source>
        <translation>%1「%2」がこの形式の定義と異なります</translation>
    </message>
    <message>
        <source>there is an unexpected %1 “%2”</source>
        <translation>想定外の%1「%2」があります</translation>
    </message>
</context>
<context>
    <name>ScopeWorksheet</name>
    <message>
        <source>Who leads the project, what it covers and the milestones on the way.</source>
        <translation>プロジェクトの責任者、対象範囲、完了までのマイルストーンを記録します。</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>プロジェクトマネージャー</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Add Row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Remove Row</source>
        <translation>行を削除</translation>
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
    <message>
        <source>Your &amp;name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Used for “My items” and as the author of your entries</source>
        <translation>「自分の項目」の絞り込みと、入力内容の作成者名に使用されます</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Edit On-call Shift</source>
        <translation>オンコール当番の編集</translation>
    </message>
    <message>
        <source>&amp;Primary:</source>
        <translation>正担当(&amp;P):</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>正担当</translation>
    </message>
    <message>
        <source>&amp;Secondary:</source>
        <translation>副担当(&amp;S):</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>副担当</translation>
    </message>
    <message>
        <source>&amp;Agreed by:</source>
        <translation>承認者(&amp;A):</translation>
    </message>
    <message>
        <source>Agreed by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Required when the people change, e.g. the team lead</source>
        <translation>担当者を変更する場合は必須（例: チームリーダー）</translation>
    </message>
    <message>
        <source>&amp;Handover note for the next person on duty:</source>
        <translation>次の当番への引き継ぎメモ(&amp;H):</translation>
    </message>
    <message>
        <source>Handover note</source>
        <translation>引き継ぎメモ</translation>
    </message>
</context>
<context>
    <name>StaffingCalculator</name>
    <message>
        <source>Business hours only</source>
        <translation>営業時間内のみ</translation>
    </message>
    <message>
        <source>Business hours plus on-call</source>
        <translation>営業時間内＋時間外オンコール</translation>
    </message>
    <message>
        <source>Extended hours</source>
        <translation>延長時間帯</translation>
    </message>
    <message>
        <source>24×7 shifts</source>
        <translation>24時間365日（シフト制）</translation>
    </message>
    <message>
        <source>Business hours, out-of-hours outsourced</source>
        <translation>営業時間内（時間外は外部委託）</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>対応時間帯</translation>
    </message>
    <message>
        <source>Hours to cover per seat</source>
        <translation>1席あたりの対応時間</translation>
    </message>
    <message>
        <source>%1 h a week × %2 weeks = %3 h a year</source>
        <translation>週%1時間 × %2週 = 年%3時間</translation>
    </message>
    <message>
        <source>Contract hours per person</source>
        <translation>1人あたりの契約労働時間</translation>
    </message>
    <message>
        <source>%1 h a week × %2 weeks = %3 h</source>
        <translation>週%1時間 × %2週 = %3時間</translation>
    </message>
    <message>
        <source>Days away per person</source>
        <translation>1人あたりの不在日数</translation>
    </message>
    <message>
        <source>%1 leave + %2 public holidays + %3 training + %4 sick = %5 days × %6 h = %7 h</source>
        <translation>休暇%1日 + 祝日%2日 + 研修%3日 + 病気休暇%4日 = %5日 × %6時間 = %7時間</translation>
    </message>
    <message>
        <source>Productive hours per person</source>
        <translation>1人あたりの実働時間</translation>
    </message>
    <message>
        <source>%1 h − %2 h = %3 h a year</source>
        <translation>%1時間 − %2時間 = 年%3時間</translation>
    </message>
    <message>
        <source>FTE per seat</source>
        <translation>1席あたりのFTE</translation>
    </message>
    <message>
        <source>%1 h ÷ %2 h = %3 FTE</source>
        <translation>%1時間 ÷ %2時間 = %3 FTE</translation>
    </message>
    <message>
        <source>FTE needed</source>
        <translation>必要なFTE</translation>
    </message>
    <message numerus="yes">
        <source>%1 FTE × %n seat(s) = %2 FTE</source>
        <translation>
            <numerusform>%1 FTE × %n 席 = %2 FTE</numerusform>
        </translation>
    </message>
    <message>
        <source>FTE available</source>
        <translation>確保できるFTE</translation>
    </message>
    <message>
        <source>%1 FTE (the shares of working time agreed for CSIRT work)</source>
        <translation>%1 FTE（CSIRT業務について合意済みの業務割合の合計）</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>%1 FTE</source>
        <translation>%1 FTE</translation>
    </message>
    <message>
        <source>None: the team has enough time</source>
        <translation>なし（チームに十分な時間があります）</translation>
    </message>
    <message>
        <source>On-call hours per week</source>
        <translation>週あたりのオンコール時間</translation>
    </message>
    <message>
        <source>%1 h outside business hours, shared by a rota of %2 people (one week in %2 each)</source>
        <translation>営業時間外の%1時間を、%2人の当番表で分担（各自%2週に1週）</translation>
    </message>
    <message>
        <source>On-call allowance per year</source>
        <translation>年間のオンコール手当</translation>
    </message>
    <message>
        <source>Minimum rest</source>
        <translation>最低休息時間</translation>
    </message>
    <message>
        <source>%1 h after a call-out before the next working day</source>
        <translation>呼び出し対応後、次の勤務日まで%1時間</translation>
    </message>
    <message>
        <source>Out of hours</source>
        <translation>営業時間外</translation>
    </message>
    <message>
        <source>Covered by the service provider; not counted in the FTE above</source>
        <translation>委託先のサービス事業者が対応するため、上記のFTEには含めません</translation>
    </message>
</context>
<context>
    <name>StaffingTab</name>
    <message>
        <source>Service hours:</source>
        <translation>対応時間帯:</translation>
    </message>
    <message>
        <source>Service hours</source>
        <translation>対応時間帯</translation>
    </message>
    <message>
        <source>Seats staffed at once:</source>
        <translation>同時に配置する席数:</translation>
    </message>
    <message>
        <source>Seats staffed at once</source>
        <translation>同時に配置する席数</translation>
    </message>
    <message>
        <source>Contract hours per week:</source>
        <translation>週あたりの契約労働時間:</translation>
    </message>
    <message>
        <source>Contract hours per week</source>
        <translation>週あたりの契約労働時間</translation>
    </message>
    <message>
        <source>Leave days a year:</source>
        <translation>年間の休暇日数:</translation>
    </message>
    <message>
        <source>Leave days a year</source>
        <translation>年間の休暇日数</translation>
    </message>
    <message>
        <source>Public holidays a year:</source>
        <translation>年間の祝日数:</translation>
    </message>
    <message>
        <source>Public holidays a year</source>
        <translation>年間の祝日数</translation>
    </message>
    <message>
        <source>Training days a year:</source>
        <translation>年間の研修日数:</translation>
    </message>
    <message>
        <source>Training days a year</source>
        <translation>年間の研修日数</translation>
    </message>
    <message>
        <source>Sick days a year:</source>
        <translation>年間の病気休暇日数:</translation>
    </message>
    <message>
        <source>Sick days a year</source>
        <translation>年間の病気休暇日数</translation>
    </message>
    <message>
        <source>Business hours per week:</source>
        <translation>週あたりの営業時間:</translation>
    </message>
    <message>
        <source>Business hours per week</source>
        <translation>週あたりの営業時間</translation>
    </message>
    <message>
        <source>Extended hours per week:</source>
        <translation>週あたりの延長対応時間:</translation>
    </message>
    <message>
        <source>Extended hours per week</source>
        <translation>週あたりの延長対応時間</translation>
    </message>
    <message>
        <source>People in the on-call rota:</source>
        <translation>オンコール当番表の人数:</translation>
    </message>
    <message>
        <source>People in the on-call rota</source>
        <translation>オンコール当番表の人数</translation>
    </message>
    <message>
        <source>On-call allowance per week:</source>
        <translation>週あたりのオンコール手当:</translation>
    </message>
    <message>
        <source>On-call allowance per week</source>
        <translation>週あたりのオンコール手当</translation>
    </message>
    <message>
        <source>Minimum rest after a call-out (h):</source>
        <translation>呼び出し対応後の最低休息時間（時間）:</translation>
    </message>
    <message>
        <source>Minimum rest after a call-out (h)</source>
        <translation>呼び出し対応後の最低休息時間（時間）</translation>
    </message>
    <message>
        <source>A deputy&apos;s share of a role&apos;s load (%):</source>
        <translation>役割の負荷に対する代行者の割合（%）:</translation>
    </message>
    <message>
        <source>A deputy&apos;s share of a role&apos;s load (%)</source>
        <translation>役割の負荷に対する代行者の割合（%）</translation>
    </message>
    <message>
        <source>Save Parameters</source>
        <translation>パラメーターを保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <source>How the result is worked out</source>
        <translation>計算の過程</translation>
    </message>
    <message>
        <source>FTE per seat = hours to cover ÷ productive hours per person. The calculation updates as you type; save the parameters to keep them for the staffing plan.</source>
        <translation>1席あたりのFTE = カバーすべき時間 ÷ 1人あたりの実働時間。計算は入力に合わせて更新されます。人員計画書に反映するには、パラメーターを保存してください。</translation>
    </message>
</context>
<context>
    <name>StixExporter</name>
    <message>
        <source>“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.</source>
        <translation>「%1」は TLP のラベルではありません。TLP:CLEAR、TLP:GREEN、TLP:AMBER、TLP:AMBER+STRICT、TLP:RED のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>%1 is %2, above the %3 ceiling: left out.</source>
        <translation>%1 は %2 で、上限 %3 を超えるため除外しました。</translation>
    </message>
    <message>
        <source>The STIX bundle could not be written (%1). Check that the disk is not full and try again.</source>
        <translation>STIX バンドルを書き込めませんでした（%1）。ディスクの空き容量を確認して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>TeamCliCommands</name>
    <message>
        <source>The team of a workspace. roles: each role with its holder and deputies; people: the people register; gaps: what the coverage rules find (exit 1 with --strict when there is any); raci: who is responsible, accountable, consulted and informed; staffing: the FTE calculation; rota: the on-call rota as iCalendar; plan: the staffing plan document. Only rota and plan write a file, never the workspace.</source>
        <translation>ワークスペースのチーム情報を表示します。roles: 各役割とその担当者・代行者。people: 要員名簿。gaps: 体制のルールで見つかった不足（--strict を付けると、不足があれば終了コード 1）。raci: 誰が実行責任（R）、説明責任（A）、協議（C）、報告（I）を負うか。staffing: FTE の計算。rota: iCalendar 形式のオンコール当番表。plan: 人員計画書。ファイルを書き出すのは rota と plan だけで、ワークスペースは変更しません。</translation>
    </message>
    <message>
        <source>The workspace file.</source>
        <translation>ワークスペースファイル。</translation>
    </message>
    <message>
        <source>Print a JSON array of objects instead of text.</source>
        <translation>テキストの代わりに、オブジェクトの JSON 配列を出力します。</translation>
    </message>
    <message>
        <source>gaps: exit 1 when any gap exists.</source>
        <translation>gaps: 不足が 1 件でもあれば終了コード 1 で終了します。</translation>
    </message>
    <message>
        <source>The language of names and messages: en or ja.</source>
        <translation>名称とメッセージの言語: en または ja。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>staffing: business-hours, on-call, extended, 24x7 or outsourced.</source>
        <translation>staffing: business-hours、on-call、extended、24x7、outsourced のいずれか。</translation>
    </message>
    <message>
        <source>MODEL</source>
        <translation>MODEL</translation>
    </message>
    <message>
        <source>staffing: positions staffed at the same time.</source>
        <translation>staffing: 同時に配置する席数。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>staffing: contract hours of one person.</source>
        <translation>staffing: 1人あたりの週の契約労働時間。</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>staffing: days of leave a year.</source>
        <translation>staffing: 年間の休暇日数。</translation>
    </message>
    <message>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <source>staffing: public holidays a year.</source>
        <translation>staffing: 年間の祝日数。</translation>
    </message>
    <message>
        <source>staffing: training days a year.</source>
        <translation>staffing: 年間の研修日数。</translation>
    </message>
    <message>
        <source>staffing: sick days a year.</source>
        <translation>staffing: 年間の病欠日数。</translation>
    </message>
    <message>
        <source>rota, plan: the first day (YYYY-MM-DD).</source>
        <translation>rota、plan: 期間の初日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>rota, plan: the last day (YYYY-MM-DD).</source>
        <translation>rota、plan: 期間の最終日（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>plan: pdf, odt, html or md.</source>
        <translation>plan: pdf、odt、html、md のいずれか。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>plan: include people&apos;s contact details (personal data).</source>
        <translation>plan: 要員の連絡先（個人情報）を含めます。</translation>
    </message>
    <message>
        <source>Unknown team command “%1”: use %2.</source>
        <translation>「%1」は不明な team コマンドです。%2 のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown language “%1”: use en or ja.</source>
        <translation>「%1」は不明な言語です。en または ja を指定してください。</translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format. Open it once in CSIRT Kit to upgrade it, then try again.</source>
        <translation>「%1」は古い形式のワークスペースです。一度 CSIRT Kit で開いてアップグレードしてから、もう一度実行してください。</translation>
    </message>
    <message>
        <source>(no holder)</source>
        <translation>（担当者なし）</translation>
    </message>
    <message>
        <source>(no deputy)</source>
        <translation>（代行者なし）</translation>
    </message>
    <message>
        <source>%1 % agreed, %2 % load</source>
        <translation>合意済み %1 %、負荷 %2 %</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>非アクティブ</translation>
    </message>
    <message>
        <source>No gaps: every role of the team has a holder and a deputy.</source>
        <translation>不足はありません。チームのすべての役割に担当者と代行者がいます。</translation>
    </message>
    <message>
        <source>Unknown model “%1”: use business-hours, on-call, extended, 24x7 or outsourced.</source>
        <translation>「%1」は不明なモデルです。business-hours、on-call、extended、24x7、outsourced のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--%1 must be a number, not “%2”.</source>
        <translation>--%1 には数値を指定してください（「%2」は数値ではありません）。</translation>
    </message>
    <message>
        <source>--seats must be a whole number.</source>
        <translation>--seats には整数を指定してください。</translation>
    </message>
    <message>
        <source>Give --from and --to as YYYY-MM-DD, the last day on or after the first.</source>
        <translation>--from と --to を YYYY-MM-DD 形式で指定してください。最終日は初日と同じ日か、それより後の日にしてください。</translation>
    </message>
    <message>
        <source>Give the calendar file to write with --output.</source>
        <translation>書き出すカレンダーファイルを --output で指定してください。</translation>
    </message>
    <message>
        <source>On-call rota</source>
        <translation>オンコール当番表</translation>
    </message>
    <message>
        <source>Could not write the calendar: %1</source>
        <translation>カレンダーを書き込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n on-call duty(s) to %1.</source>
        <translation>
            <numerusform>%n 件のオンコール当番を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) had no saved rota and were planned for this file only; save the rota in CSIRT Kit to keep them.</source>
        <translation>
            <numerusform>保存済みの当番表がない期間が %n 件あったため、その期間はこのファイル用にのみ計画しました。計画を残すには、CSIRT Kit で当番表を保存してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Give --format pdf, odt, html or md.</source>
        <translation>--format に pdf、odt、html、md のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Give the file to write with --output.</source>
        <translation>書き出すファイルを --output で指定してください。</translation>
    </message>
    <message>
        <source>Wrote the staffing plan to %1.</source>
        <translation>人員計画書を %1 に書き出しました。</translation>
    </message>
</context>
<context>
    <name>TeamCoverage</name>
    <message>
        <source>No holder</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <source>No deputy</source>
        <translation>代行者なし</translation>
    </message>
    <message>
        <source>Holder is own deputy</source>
        <translation>担当者が自分の代行者</translation>
    </message>
    <message>
        <source>Inactive person assigned</source>
        <translation>非アクティブな人の割り当て</translation>
    </message>
    <message>
        <source>More load than agreed</source>
        <translation>合意を超える負荷</translation>
    </message>
    <message>
        <source>Single point of failure</source>
        <translation>単一障害点</translation>
    </message>
    <message>
        <source>Combination to avoid</source>
        <translation>避けるべき兼務</translation>
    </message>
    <message>
        <source>Skill below what the role needs</source>
        <translation>役割に対するスキル不足</translation>
    </message>
    <message>
        <source>RACI: not exactly one A</source>
        <translation>RACI: A が 1 つではない</translation>
    </message>
    <message>
        <source>RACI: no R</source>
        <translation>RACI: R がない</translation>
    </message>
    <message>
        <source>RACI: role without holder</source>
        <translation>RACI: 担当者のいない役割</translation>
    </message>
    <message>
        <source>%1 has no holder. The team shape buys this role in: add the provider&apos;s contact as an external member and make them the holder.</source>
        <translation>%1 に担当者がいません。このチーム形態では、この役割を外部に委託します。委託先の連絡窓口を外部の要員として登録し、担当者にしてください。</translation>
    </message>
    <message>
        <source>%1 has no holder. Choose a person to hold the role.</source>
        <translation>%1 に担当者がいません。この役割を担当する人を選んでください。</translation>
    </message>
    <message>
        <source>%1 has no deputy. Name a second person who can step in when %2 is away.</source>
        <translation>%1 に代行者がいません。%2 の不在時に代わりを務められる人をもう 1 人指名してください。</translation>
    </message>
    <message>
        <source>%1 is both holder and deputy of %2. A deputy must be someone else.</source>
        <translation>%1 が %2 の担当者と代行者を兼ねています。代行者には別の人を指名してください。</translation>
    </message>
    <message>
        <source>%1 is no longer active but still assigned to %2. Assign someone else.</source>
        <translation>%1 は非アクティブですが、まだ %2 に割り当てられています。別の人を割り当ててください。</translation>
    </message>
    <message>
        <source>%1&apos;s roles take about %2 % of their working time, but %3 % is agreed for CSIRT work. Hand a role to someone else or agree a larger share with their manager.</source>
        <translation>%1 の役割には業務時間の約 %2 % がかかりますが、CSIRT業務として合意済みの割合は %3 % です。役割を別の人に任せるか、上長と相談して合意済みの割合を増やしてください。</translation>
    </message>
    <message>
        <source>%1 holds %2, which a minimal team needs. If %1 is away, %3 stop. Name deputies for them.</source>
        <translation>%1 は、最小限のチームに必要な役割（%2）を担当しています。%1 が不在になると、%3 が止まります。これらの役割に代行者を指名してください。</translation>
    </message>
    <message>
        <source>%1 holds a combination of roles this team shape advises against: %2</source>
        <translation>%1 は、このチーム形態では避けるべき組み合わせの役割を兼務しています: %2</translation>
    </message>
    <message>
        <source>%1 has %2 at level %3; %4 needs level %5. Plan training, or give the role to someone with the skill.</source>
        <translation>%1 の %2 はレベル %3 ですが、%4 にはレベル %5 が必要です。研修を計画するか、このスキルを持つ人に役割を任せてください。</translation>
    </message>
    <message>
        <source>“%1” is left to %2, which nobody holds. Assign a holder or give the activity to another role.</source>
        <translation>「%1」は %2 に任されていますが、この役割には担当者がいません。担当者を割り当てるか、この活動を別の役割に任せてください。</translation>
    </message>
    <message>
        <source>“%1” has no accountable role (A). Exactly one role must be accountable.</source>
        <translation>「%1」には説明責任（A）を負う役割がありません。説明責任を負う役割を 1 つだけ指定してください。</translation>
    </message>
    <message>
        <source>“%1” has %2 accountable roles (A). Exactly one role must be accountable.</source>
        <translation>「%1」には説明責任（A）を負う役割が %2 つあります。説明責任を負う役割は 1 つだけにしてください。</translation>
    </message>
    <message>
        <source>Nobody does “%1”: no role is responsible (R). Mark at least one.</source>
        <translation>「%1」には実行責任（R）を負う役割がなく、誰も実施しません。少なくとも 1 つの役割に R を指定してください。</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
    <message>
        <source>Export Staffing Plan…</source>
        <translation>人員計画書をエクスポート…</translation>
    </message>
    <message>
        <source>Write the staffing plan for executives as PDF, ODT, HTML or Markdown</source>
        <translation>経営層向けの人員計画書を PDF、ODT、HTML、Markdown 形式で書き出します</translation>
    </message>
    <message>
        <source>Who does what, how many people the team needs, where it is thin, and who is on call. Every change can be undone.</source>
        <translation>誰が何をするのか、何人必要なのか、どこが手薄なのか、誰がオンコールなのかを管理します。変更はすべて元に戻せます。</translation>
    </message>
</context>
<context>
    <name>TeamPlanDialog</name>
    <message>
        <source>Export Staffing Plan</source>
        <translation>人員計画書のエクスポート</translation>
    </message>
    <message>
        <source>The staffing plan for executives: team shape, roles with holders and deputies, the FTE calculation, coverage gaps, RACI, the on-call rota and the training plan.</source>
        <translation>経営層向けの人員計画書です。チーム形態、役割と担当者・代行者、FTE の計算、体制の不足、RACI、オンコール当番表、研修計画を記載します。</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>TLP ラベル:</translation>
    </message>
    <message>
        <source>Rota from:</source>
        <translation>当番表の期間:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Include e-mail addresses and phone numbers (personal data)</source>
        <translation>メールアドレスと電話番号を含める（個人情報）</translation>
    </message>
</context>
<context>
    <name>TeamPlanDocument</name>
    <message>
        <source>Roles, holders and deputies</source>
        <translation>役割、担当者、代行者</translation>
    </message>
    <message>
        <source>own role</source>
        <translation>独自の役割</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代行者</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>People</source>
        <translation>要員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>所属区分</translation>
    </message>
    <message>
        <source>Agreed share</source>
        <translation>合意済みの割合</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Contact details are left out of this copy (personal data).</source>
        <translation>この文書には連絡先（個人情報）を記載していません。</translation>
    </message>
    <message>
        <source>How many people the team needs</source>
        <translation>チームに必要な人数</translation>
    </message>
    <message>
        <source>Coverage gaps</source>
        <translation>体制の不足</translation>
    </message>
    <message>
        <source>None: every role of the team has a holder and a deputy, and the RACI table is complete.</source>
        <translation>不足はありません。チームのすべての役割に担当者と代行者がいて、RACI 表も完成しています。</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>不足</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Who does what (RACI)</source>
        <translation>役割分担（RACI）</translation>
    </message>
    <message>
        <source>R responsible (does the work), A accountable (exactly one), C consulted, I informed.</source>
        <translation>R 実行責任（作業を行う）、A 説明責任（1 つだけ）、C 協議、I 報告。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活動</translation>
    </message>
    <message>
        <source>Accountable (A)</source>
        <translation>説明責任（A）</translation>
    </message>
    <message>
        <source>Responsible (R)</source>
        <translation>実行責任（R）</translation>
    </message>
    <message>
        <source>Consulted (C)</source>
        <translation>協議（C）</translation>
    </message>
    <message>
        <source>Informed (I)</source>
        <translation>報告（I）</translation>
    </message>
    <message>
        <source>On-call rota, %1 to %2</source>
        <translation>オンコール当番表（%1～%2）</translation>
    </message>
    <message>
        <source>Escalation: a call goes to the primary; without acknowledgement after %1 minutes to the secondary; after %2 minutes to the commander (%3).</source>
        <translation>エスカレーション: 呼び出しはまず正担当に入ります。%1 分以内に応答がなければ副担当へ、%2 分以内に応答がなければコマンダー（%3）へエスカレーションします。</translation>
    </message>
    <message>
        <source>No rota is saved for this period.</source>
        <translation>この期間の当番表は保存されていません。</translation>
    </message>
    <message>
        <source>changed by hand</source>
        <translation>手動で変更</translation>
    </message>
    <message>
        <source>changed by hand, agreed by %1</source>
        <translation>手動で変更（%1 が同意）</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>当番期間</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>正担当</translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation>副担当</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>The rota breaks these rules:</source>
        <translation>当番表が次のルールに違反しています:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>研修計画</translation>
    </message>
    <message>
        <source>No training is planned.</source>
        <translation>研修は計画されていません。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>要員</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>目標レベル</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Staffing plan: %1</source>
        <translation>人員計画書: %1</translation>
    </message>
    <message>
        <source>Team shape</source>
        <translation>チーム形態</translation>
    </message>
    <message>
        <source>Shape</source>
        <translation>形態</translation>
    </message>
    <message>
        <source>Not chosen yet (the roles a minimal team needs)</source>
        <translation>未選択（最小限のチームに必要な役割）</translation>
    </message>
    <message>
        <source>FTE available</source>
        <translation>確保できるFTE</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Combinations one person may hold</source>
        <translation>1人で兼務してよい役割</translation>
    </message>
    <message>
        <source>Combinations to avoid</source>
        <translation>兼務を避ける役割</translation>
    </message>
</context>
<context>
    <name>TeamRepository</name>
    <message>
        <source>“%1” is not a team shape of the role catalogue.</source>
        <translation>「%1」は役割カタログにあるチーム形態ではありません。一覧から選択してください。</translation>
    </message>
    <message>
        <source>A role needs a name.</source>
        <translation>役割の名前を入力してください。</translation>
    </message>
    <message>
        <source>A role&apos;s load must be between 0 and 100 % of a person&apos;s time.</source>
        <translation>役割の負荷は、1人の業務時間の 0～100 % の範囲で指定してください。</translation>
    </message>
    <message>
        <source>“%1” is not a role group.</source>
        <translation>「%1」は役割のグループではありません。一覧から選択してください。</translation>
    </message>
    <message>
        <source>“%1” is not a skill of the role catalogue.</source>
        <translation>「%1」は役割カタログのスキルではありません。</translation>
    </message>
    <message>
        <source>Skill levels go from 0 to 3.</source>
        <translation>スキルのレベルは0～3の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The role “%1” does not exist.</source>
        <translation>役割「%1」は存在しません（既に削除されている可能性があります）。</translation>
    </message>
    <message>
        <source>Only a role of the catalogue can be reset to its default.</source>
        <translation>既定に戻せるのはカタログの役割だけです。</translation>
    </message>
    <message>
        <source>Roles of the catalogue cannot be deleted; hide the role instead.</source>
        <translation>カタログの役割は削除できません。代わりに非表示にしてください。</translation>
    </message>
    <message>
        <source>The role still has a holder or deputies. Choose a role to take them over first.</source>
        <translation>この役割にはまだ担当者または代行者がいます。先に、引き継ぎ先の役割を選んでください。</translation>
    </message>
    <message>
        <source>Choose another role to take over the holder and deputies.</source>
        <translation>担当者と代行者の引き継ぎ先として、別の役割を選んでください。</translation>
    </message>
    <message>
        <source>A RACI cell holds R, A, C or I.</source>
        <translation>RACI のセルには R、A、C、I のいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>TeamSummary</name>
    <message numerus="yes">
        <source>Nobody is in the team yet; %n gap(s).</source>
        <translation>
            <numerusform>チームにはまだ誰もいません。不足は %n 件です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people, </source>
        <translation>
            <numerusform>%n 人、</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 FTE agreed for CSIRT work; </source>
        <translation>CSIRT業務に合意済み %1 FTE、</translation>
    </message>
    <message numerus="yes">
        <source>%n open gap(s).</source>
        <translation>
            <numerusform>未解消の不足 %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>no gaps.</source>
        <translation>不足なし。</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>On call now: %1 (secondary %2) until %3</source>
        <translation>現在のオンコール: %1（副担当 %2）、%3 まで</translation>
    </message>
    <message>
        <source>next: %1 from %2</source>
        <translation>次: %1（%2 から）</translation>
    </message>
    <message>
        <source>Your team plan</source>
        <translation>チームの計画</translation>
    </message>
    <message>
        <source>%1 of %2 roles of the team have a holder. Assign holders and deputies on the Team page.</source>
        <translation>チームの役割 %2 件中 %1 件に担当者がいます。チーム画面で担当者と代行者を割り当ててください。</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>研修計画</translation>
    </message>
    <message>
        <source>No training is open. Propose items from the skill gaps on the Team page.</source>
        <translation>未完了の研修はありません。チーム画面で、スキル不足から研修項目を提案してください。</translation>
    </message>
</context>
<context>
    <name>TextRules</name>
    <message>
        <source>The text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>%1 contains a broken character at position %2 (%3, half of a UTF-16 surrogate pair). Remove it, or save the file again as UTF-8, and try again.</source>
        <translation>%1の %2 文字目に壊れた文字 %3（UTF-16 サロゲートペアの片方のみ）が含まれています。この文字を削除するか、ファイルを UTF-8 で保存し直して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 must be a single line, but has a line break at position %2. Put it on one line and try again.</source>
        <translation>%1は1行である必要がありますが、%2 文字目に改行が含まれています。1行にまとめて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 must be a single line, but has a tab (U+0009) at position %2. Replace it with a space and try again.</source>
        <translation>%1は1行である必要がありますが、%2 文字目にタブ（U+0009）が含まれています。スペースに置き換えて、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 contains the control character %2 at position %3, which cannot be stored. Remove it and try again.</source>
        <translation>%1の %3 文字目に、保存できない制御文字 %2 が含まれています。この文字を削除して、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>TrainingPlan</name>
    <message>
        <source>Proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画済み</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>A training item is proposed, planned, done or dropped.</source>
        <translation>研修項目の状態は、提案、計画済み、完了、中止のいずれかにしてください。</translation>
    </message>
    <message>
        <source>The target level goes from 1 to 3.</source>
        <translation>目標レベルは 1～3 の範囲で指定してください。</translation>
    </message>
    <message>
        <source>The training item no longer exists.</source>
        <translation>この研修項目は存在しません（既に削除されている可能性があります）。</translation>
    </message>
</context>
<context>
    <name>TrainingTab</name>
    <message>
        <source>Training items come from the gaps between the skills a person&apos;s roles require and the levels the person has. Propose them from the gaps, then plan, finish or drop each one.</source>
        <translation>研修項目は、各要員の役割が求めるスキルと、その人が持つレベルとの差から作成します。不足から項目を提案し、それぞれを計画、完了、または中止にしてください。</translation>
    </message>
    <message>
        <source>&amp;Propose from skill gaps</source>
        <translation>スキル不足から提案(&amp;P)</translation>
    </message>
    <message>
        <source>Add one item for each skill gap that has none yet, due in 90 days.</source>
        <translation>研修項目がまだないスキル不足ごとに、期限を 90 日後とする項目を 1 つ追加します。</translation>
    </message>
    <message>
        <source>Training plan</source>
        <translation>研修計画</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>要員</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Current level</source>
        <translation>現在のレベル</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>目標レベル</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Selected item</source>
        <translation>選択した項目</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状態(&amp;T):</translation>
    </message>
    <message>
        <source>Tar&amp;get level:</source>
        <translation>目標レベル(&amp;G):</translation>
    </message>
    <message>
        <source>1 basic, 2 working, 3 expert</source>
        <translation>1: 基礎、2: 実務、3: 専門</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>期限(&amp;D):</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. the course, the mentor, the exercise</source>
        <translation>例: 受講する講座、指導者、演習</translation>
    </message>
    <message>
        <source>De&amp;lete item</source>
        <translation>項目を削除(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Worksheets</name>
    <message>
        <source>Project charter</source>
        <translation>プロジェクト憲章</translation>
    </message>
    <message>
        <source>Scope statement</source>
        <translation>スコープ記述書</translation>
    </message>
    <message>
        <source>Basic framework</source>
        <translation>基本フレームワーク</translation>
    </message>
    <message>
        <source>Management approval record</source>
        <translation>経営層承認記録</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>プロジェクト名</translation>
    </message>
    <message>
        <source>Background and need</source>
        <translation>背景と必要性</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>成果物</translation>
    </message>
    <message>
        <source>Cost and budget</source>
        <translation>費用と予算</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>承認日</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Project manager</source>
        <translation>プロジェクトマネージャー</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>マイルストーン</translation>
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
        <source>Authority</source>
        <translation>権限</translation>
    </message>
    <message>
        <source>Reporting line</source>
        <translation>報告ライン</translation>
    </message>
    <message>
        <source>Periodic review</source>
        <translation>定期的な見直し</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認一覧</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>マイルストーン</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>What was approved</source>
        <translation>承認内容</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>The worksheet has no field “%1”.</source>
        <translation>このワークシートには「%1」という入力欄はありません。</translation>
    </message>
    <message>
        <source>%1 is too long (at most 20000 characters).</source>
        <translation>%1が長すぎます。20000文字以内で入力してください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date. Use the form 2026-04-01.</source>
        <translation>%1: 「%2」は日付ではありません。2026-04-01 の形式で入力してください。</translation>
    </message>
    <message>
        <source>%1: “%2” is not an amount. Enter it like ¥5,000,000 or 5,000,000 JPY.</source>
        <translation>%1: 「%2」は金額ではありません。¥5,000,000 や 5,000,000 JPY のように入力してください。</translation>
    </message>
    <message>
        <source>%1 must be a list of rows.</source>
        <translation>%1は行のリストで指定する必要があります。</translation>
    </message>
    <message>
        <source>%1, row %2: “%3” is not a date. Use the form 2026-04-01.</source>
        <translation>%1、%2行目: 「%3」は日付ではありません。2026-04-01 の形式で入力してください。</translation>
    </message>
    <message>
        <source>Add at least one row to “%1”.</source>
        <translation>「%1」に1行以上追加してください。</translation>
    </message>
    <message>
        <source>“%1”, row %2: fill in “%3”.</source>
        <translation>「%1」の%2行目: 「%3」を入力してください。</translation>
    </message>
    <message>
        <source>Fill in “%1”.</source>
        <translation>「%1」を入力してください。</translation>
    </message>
    <message>
        <source>The approval block needs both the approver and the approval date.</source>
        <translation>承認欄には承認者と承認日の両方を入力してください。</translation>
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
        <source>Choose a different file name: the copy cannot replace the workspace that is open.</source>
        <translation>開いているワークスペースをコピーで置き換えることはできません。別のファイル名を選択してください。</translation>
    </message>
    <message>
        <source>The copy “%1” could not be written (%2). Check that the folder is writable and the disk is not full.</source>
        <translation>コピー「%1」を書き込めませんでした（%2）。フォルダーに書き込み権限があり、ディスクに空き容量があるか確認してください。</translation>
    </message>
    <message>
        <source>“%1” uses an older workspace format that must be upgraded, but it cannot be written here: %2</source>
        <translation>「%1」は古い形式のワークスペースのため形式の更新が必要ですが、ここでは書き込めません: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be created: %2</source>
        <translation>ワークスペース「%1」を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>The change was not saved: %1</source>
        <translation>変更は保存されませんでした: %1</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>ディスクの空き容量が不足しています</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be searched (no permission), so “%2” cannot be reached. Ask for access to the folder, or copy the file elsewhere.</source>
        <translation>フォルダー「%1」を参照する権限がないため、「%2」にアクセスできません。フォルダーへのアクセス権を依頼するか、ファイルを別の場所にコピーしてください。</translation>
    </message>
    <message>
        <source>“%1” is on a read-only medium, so it is open for viewing only. To change it, copy it to a writable folder and open the copy.</source>
        <translation>「%1」は読み取り専用のメディア上にあるため、閲覧のみ可能です。変更するには、書き込み可能なフォルダーにコピーし、そのコピーを開いてください。</translation>
    </message>
    <message>
        <source>The folder of “%1” cannot be written (CSIRT Kit keeps a write-ahead log beside the workspace), so it is open for viewing only. To change it, copy it to a writable folder, or get write permission for the folder.</source>
        <translation>「%1」があるフォルダーに書き込めないため、閲覧のみ可能です（CSIRT Kit はワークスペースと同じフォルダーに先行書き込みログを作成します）。変更するには、書き込み可能なフォルダーにコピーするか、フォルダーへの書き込み権限を取得してください。</translation>
    </message>
    <message>
        <source>“%1” is read-only, so it is open for viewing only. Make the file writable to change it, or work on a writable copy.</source>
        <translation>「%1」は読み取り専用のため、閲覧のみ可能です。変更するには、ファイルを書き込み可能にするか、書き込み可能なコピーで作業してください。</translation>
    </message>
    <message>
        <source>“%1” has %2 names on this disk (hard links). Two programs writing under different names would lose data, so it is open for viewing only. Remove the other names, or work on a copy.</source>
        <translation>「%1」には、このディスク上に %2 個の名前（ハードリンク）があります。2つのプログラムが別々の名前で書き込むとデータが失われるため、閲覧のみ可能です。ほかの名前を削除するか、コピーで作業してください。</translation>
    </message>
    <message>
        <source>Changes still in its write-ahead log (“%1-wal”) cannot be read from here and are not shown.</source>
        <translation>先行書き込みログ（「%1-wal」）に残っている変更は、ここからは読み込めないため表示されません。</translation>
    </message>
    <message>
        <source>“%1” is not a complete CSIRT Kit workspace of format %2: %3. It was not changed. Restore the workspace from a backup.</source>
        <translation>「%1」は形式 %2 の CSIRT Kit ワークスペースとして不完全です（%3）。ファイルは変更されていません。バックアップからワークスペースを復元してください。</translation>
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
    <name>csirtkit::ArtefactsTab</name>
    <message>
        <source>Plain text</source>
        <translation>プレーンテキスト</translation>
    </message>
    <message>
        <source>Artefacts (%1)</source>
        <translation>アーティファクト（%1）</translation>
    </message>
    <message>
        <source>Artefacts</source>
        <translation>アーティファクト</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Syntax</source>
        <translation>構文</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>追加日時（%1）</translation>
    </message>
    <message>
        <source>By</source>
        <translation>追加者</translation>
    </message>
    <message>
        <source>Select an artefact to read it here.</source>
        <translation>アーティファクトを選択すると、ここに内容が表示されます。</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Automatic (%1)</source>
        <translation>自動（%1）</translation>
    </message>
    <message>
        <source>Add Artefact</source>
        <translation>アーティファクトを追加</translation>
    </message>
    <message>
        <source>Remove Artefact</source>
        <translation>アーティファクトを削除</translation>
    </message>
    <message>
        <source>Remove the artefact “%1” from this incident? This cannot be undone.</source>
        <translation>アーティファクト「%1」をこのインシデントから削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>No artefacts yet. Paste log excerpts, mail headers, scripts or configurations below to keep them with the incident.</source>
        <translation>アーティファクトはまだありません。ログの抜粋、メールヘッダー、スクリプト、設定などを下に貼り付けると、インシデントと一緒に保管できます。</translation>
    </message>
    <message>
        <source>Selected artefact</source>
        <translation>選択したアーティファクト</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove the selected artefact from this incident</source>
        <translation>選択したアーティファクトをこのインシデントから削除</translation>
    </message>
    <message>
        <source>Add artefact</source>
        <translation>アーティファクトを追加</translation>
    </message>
    <message>
        <source>&amp;Title or file name:</source>
        <translation>件名またはファイル名(&amp;T):</translation>
    </message>
    <message>
        <source>e.g. proxy.log, headers.eml, dropper.ps1</source>
        <translation>例: proxy.log、headers.eml、dropper.ps1</translation>
    </message>
    <message>
        <source>S&amp;yntax:</source>
        <translation>構文(&amp;Y):</translation>
    </message>
    <message>
        <source>Automatic picks the syntax from the file name, then from the content</source>
        <translation>「自動」では、ファイル名から、次に内容から構文を判定します</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>内容(&amp;C):</translation>
    </message>
    <message>
        <source>Paste the text here</source>
        <translation>ここにテキストを貼り付けてください</translation>
    </message>
    <message>
        <source>&amp;Add Artefact</source>
        <translation>アーティファクトを追加(&amp;A)</translation>
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
    <name>csirtkit::ChecklistItemEditor</name>
    <message>
        <source>Select a checklist item to see and edit its details.</source>
        <translation>チェックリスト項目を選択すると、詳細を表示・編集できます。</translation>
    </message>
    <message>
        <source>Say why this item does not apply, then press Enter: “not applicable” needs a reason.</source>
        <translation>この項目が対象外である理由を入力し、Enterキーを押してください。「対象外」にするには理由が必要です。</translation>
    </message>
    <message>
        <source>Add Evidence Link</source>
        <translation>エビデンスのリンクを追加</translation>
    </message>
    <message>
        <source>Web address (https://…) of the document or record:</source>
        <translation>文書または記録のWebアドレス（https://…）:</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter it like https://intranet.example/csirt/charter.</source>
        <translation>「%1」はWebアドレスではありません。https://intranet.example/csirt/charter のように入力してください。</translation>
    </message>
    <message>
        <source>Add Evidence File</source>
        <translation>エビデンスのファイルを追加</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>“%1” could not be opened. Check that the file still exists or the address is right.</source>
        <translation>「%1」を開けませんでした。ファイルが存在するか、アドレスが正しいかを確認してください。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>エビデンス</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>設定する</translation>
    </message>
    <message>
        <source>Why the item does not apply</source>
        <translation>この項目が対象外である理由</translation>
    </message>
    <message>
        <source>Who is responsible</source>
        <translation>担当者名</translation>
    </message>
    <message>
        <source>Add Link…</source>
        <translation>リンクを追加…</translation>
    </message>
    <message>
        <source>Add File…</source>
        <translation>ファイルを追加…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>“%1” is neither a web address nor a file, so it is not opened.</source>
        <translation>「%1」は Web アドレスでもファイルでもないため、開きません。</translation>
    </message>
    <message>
        <source>“%1” is a program or script. CSIRT Kit does not run evidence files; open it yourself if you trust it.</source>
        <translation>「%1」はプログラムまたはスクリプトです。CSIRT Kit はエビデンスのファイルを実行しません。信頼できる場合はご自身で開いてください。</translation>
    </message>
    <message>
        <source>Open Evidence</source>
        <translation>エビデンスを開く</translation>
    </message>
    <message>
        <source>Open this file with its default application?
%1</source>
        <translation>このファイルを既定のアプリケーションで開きますか?
%1</translation>
    </message>
</context>
<context>
    <name>csirtkit::ChecklistModel</name>
    <message>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>csirtkit::CommunicationsTab</name>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>PGP e-mail</source>
        <translation>PGP暗号化メール</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Communications (%1)</source>
        <translation>連絡記録（%1）</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>連絡記録</translation>
    </message>
    <message>
        <source>Call-back number: %1</source>
        <translation>折り返し電話番号: %1</translation>
    </message>
    <message>
        <source>Reported: %1</source>
        <translation>報告内容: %1</translation>
    </message>
    <message>
        <source>Promised: %1</source>
        <translation>約束した事項: %1</translation>
    </message>
    <message>
        <source>Logged by %1</source>
        <translation>記録者: %1</translation>
    </message>
    <message>
        <source>Communication not added</source>
        <translation>連絡を記録できませんでした</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>日時（%1）</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>連絡手段</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>相手</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>No communications yet. Log calls, mails and meetings about this incident below.</source>
        <translation>連絡記録はまだありません。このインシデントに関する電話、メール、会議などを下で記録してください。</translation>
    </message>
    <message>
        <source>Log a communication</source>
        <translation>連絡を記録</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>連絡手段(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>方向(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>日時(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>相手(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>発信者(&amp;C):</translation>
    </message>
    <message>
        <source>Person &amp;called:</source>
        <translation>通話相手(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>組織(&amp;O):</translation>
    </message>
    <message>
        <source>Call-&amp;back number:</source>
        <translation>折り返し電話番号(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>概要(&amp;S):</translation>
    </message>
    <message>
        <source>What was &amp;reported:</source>
        <translation>報告内容(&amp;R):</translation>
    </message>
    <message>
        <source>What was d&amp;iscussed:</source>
        <translation>話した内容(&amp;I):</translation>
    </message>
    <message>
        <source>What was pro&amp;mised:</source>
        <translation>約束した事項(&amp;M):</translation>
    </message>
    <message>
        <source>T&amp;LP:</source>
        <translation>TLP(&amp;L):</translation>
    </message>
    <message>
        <source>Name, and role if given</source>
        <translation>氏名（分かれば役職も）</translation>
    </message>
    <message>
        <source>e.g. +81-3-1234-5678 ext. 210</source>
        <translation>例: 03-1234-5678 内線 210</translation>
    </message>
    <message>
        <source>e.g. call back by 17:00 with the next steps</source>
        <translation>例: 17:00 までに今後の対応について折り返し連絡する</translation>
    </message>
    <message>
        <source>Telephone: note who called, a number to call back, what was reported and what you promised — and read the number back to the caller.</source>
        <translation>電話の場合: 相手の氏名、折り返しの電話番号、報告内容、約束した事項を記録し、電話番号は復唱して相手に確認してください。</translation>
    </message>
    <message>
        <source>Entered in the workspace&apos;s time zone</source>
        <translation>ワークスペースのタイムゾーンで入力します</translation>
    </message>
    <message>
        <source>&amp;Add Communication</source>
        <translation>連絡を記録(&amp;A)</translation>
    </message>
    <message>
        <source>Add this communication to the log (Ctrl+Enter)</source>
        <translation>この連絡を連絡記録に追加（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>csirtkit::CoverageTab</name>
    <message>
        <source>Coverage</source>
        <translation>体制</translation>
    </message>
    <message>
        <source>Not chosen: the roles a minimal team needs</source>
        <translation>未選択: 最小限のチームに必要な役割</translation>
    </message>
    <message>
        <source>%1
%2 / %3 %</source>
        <translation>%1
%2 / %3 %</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Deputy</source>
        <translation>代行者</translation>
    </message>
    <message>
        <source>Click to assign %1 to %2</source>
        <translation>クリックすると %1 を %2 に割り当てます</translation>
    </message>
    <message>
        <source>No gaps: every role of the team has a holder and a deputy, and the RACI table is complete.</source>
        <translation>不足はありません。チームのすべての役割に担当者と代行者がいて、RACI 表も完成しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n active people, %1 FTE agreed for CSIRT work, </source>
        <translation>
            <numerusform>アクティブな要員 %n 人、CSIRT業務に合意済み %1 FTE、</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s).</source>
        <translation>
            <numerusform>%n 件の不足。</numerusform>
        </translation>
    </message>
    <message>
        <source>The shape is suggested by the organisational model; choose one to keep it.</source>
        <translation>このチーム形態は組織形態から推奨されたものです。確定するには、いずれかの形態を選択してください。</translation>
    </message>
    <message>
        <source>Suggested size: %1 to %2 people.</source>
        <translation>推奨人数: %1～%2 人。</translation>
    </message>
    <message>
        <source>Make %1 the holder</source>
        <translation>%1 を担当者にする</translation>
    </message>
    <message>
        <source>Make %1 a deputy</source>
        <translation>%1 を代行者にする</translation>
    </message>
    <message>
        <source>Remove %1 from this role</source>
        <translation>%1 をこの役割から外す</translation>
    </message>
    <message>
        <source>Assign role</source>
        <translation>役割を割り当て</translation>
    </message>
    <message>
        <source>Choose team shape</source>
        <translation>チーム形態を選択</translation>
    </message>
    <message>
        <source>One person may hold:</source>
        <translation>1人で兼務してよい役割：</translation>
    </message>
    <message>
        <source>Never combine:</source>
        <translation>兼務してはならない役割：</translation>
    </message>
</context>
<context>
    <name>csirtkit::DraftNoticeDialog</name>
    <message>
        <source>Draft Notice — %1</source>
        <translation>届出の下書き — %1</translation>
    </message>
    <message>
        <source>Check the draft, fill in its sections here or after saving, and have it reviewed before it is sent.</source>
        <translation>下書きを確認し、各項目をここで、または保存後に記入してください。送付前には必ず確認を受けてください。</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>名前を付けて保存…</translation>
    </message>
    <message>
        <source>Save Draft Notice</source>
        <translation>届出の下書きを保存</translation>
    </message>
    <message>
        <source>Markdown (*.md);;OpenDocument text (*.odt)</source>
        <translation>Markdown (*.md);;OpenDocument テキスト (*.odt)</translation>
    </message>
    <message>
        <source>Draft Notice</source>
        <translation>届出の下書き</translation>
    </message>
    <message>
        <source>The draft was saved to “%1”.</source>
        <translation>下書きを「%1」に保存しました。</translation>
    </message>
    <message>
        <source>The draft could not be saved to “%1”. Choose another folder.</source>
        <translation>下書きを「%1」に保存できませんでした。別のフォルダーを選んでください。</translation>
    </message>
</context>
<context>
    <name>csirtkit::EvidenceTab</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>証拠品（%1）</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>証拠品</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>no file</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <source>SHA-256: %1
File: %2
Size: %3 bytes</source>
        <translation>SHA-256: %1
ファイル: %2
サイズ: %3 バイト</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ 一致</translation>
    </message>
    <message>
        <source>⚠ CHANGED</source>
        <translation>⚠ 変更あり</translation>
    </message>
    <message>
        <source>⚠ MISSING</source>
        <translation>⚠ 所在不明</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>Last checked %1</source>
        <translation>最終確認: %1</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>保管の連鎖</translation>
    </message>
    <message>
        <source>Choose the Evidence File</source>
        <translation>証拠品のファイルを選択</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Add Evidence</source>
        <translation>証拠品を追加</translation>
    </message>
    <message>
        <source>Enter when the item was collected as “2026-11-22 17:05” (%1), or leave it empty if unknown.</source>
        <translation>収集日時を「2026-11-22 17:05」の形式（%1）で入力してください。不明な場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>Name the evidence item (e.g. “laptop disk image”).</source>
        <translation>証拠品の名前を入力してください（例:「ノートPCのディスクイメージ」）。</translation>
    </message>
    <message>
        <source>Computing the SHA-256 of “%1”…</source>
        <translation>「%1」の SHA-256 を計算しています…</translation>
    </message>
    <message>
        <source>Hashing was cancelled; nothing was recorded.</source>
        <translation>ハッシュ計算を中止しました。何も記録されていません。</translation>
    </message>
    <message>
        <source>“%1” was added.</source>
        <translation>「%1」を追加しました。</translation>
    </message>
    <message>
        <source>“%1” was added with SHA-256 %2.</source>
        <translation>「%1」を追加しました（SHA-256: %2）。</translation>
    </message>
    <message>
        <source>Re-verify</source>
        <translation>再検証</translation>
    </message>
    <message>
        <source>“%1” was recorded without a file, so there is no hash to check.</source>
        <translation>「%1」はファイルなしで記録されているため、照合するハッシュ値がありません。</translation>
    </message>
    <message>
        <source>Checking the SHA-256 of “%1”…</source>
        <translation>「%1」の SHA-256 を照合しています…</translation>
    </message>
    <message>
        <source>Re-verification was cancelled; nothing was recorded.</source>
        <translation>再検証を中止しました。何も記録されていません。</translation>
    </message>
    <message>
        <source>“%1” still matches its recorded SHA-256.</source>
        <translation>「%1」は記録済みの SHA-256 と一致しています。</translation>
    </message>
    <message>
        <source>Evidence Changed</source>
        <translation>証拠品の変更</translation>
    </message>
    <message>
        <source>The file of “%1” has CHANGED: its SHA-256 no longer matches the one recorded at collection. Treat it as altered, keep the original copy safe and find out why.</source>
        <translation>「%1」のファイルが変更されています。SHA-256 が収集時に記録した値と一致しません。改変されたものとして扱い、元のコピーを安全に保管したうえで原因を調べてください。</translation>
    </message>
    <message>
        <source>Evidence Missing</source>
        <translation>証拠品の所在不明</translation>
    </message>
    <message>
        <source>The file of “%1” is MISSING: nothing is at “%2” any more. Find where it was moved and record that in the chain of custody.</source>
        <translation>「%1」のファイルが見つかりません。「%2」にはもう存在しません。移動先を突き止め、保管の連鎖に記録してください。</translation>
    </message>
    <message>
        <source>Add Transfer</source>
        <translation>受け渡しを追加</translation>
    </message>
    <message>
        <source>Enter when the item was handed over as “2026-11-22 17:05” (%1), or leave it empty for now.</source>
        <translation>受け渡しの日時を「2026-11-22 17:05」の形式（%1）で入力してください。空欄にすると現在の日時になります。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品名</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>保管場所</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>収集者</translation>
    </message>
    <message>
        <source>Collected at (%1)</source>
        <translation>収集日時（%1）</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証結果</translation>
    </message>
    <message>
        <source>Evidence items</source>
        <translation>証拠品一覧</translation>
    </message>
    <message>
        <source>No evidence recorded yet. Add each item below — with its file, the SHA-256 is computed so you can prove later that it has not changed.</source>
        <translation>証拠品はまだ記録されていません。下で1点ずつ追加してください。ファイルを指定すると SHA-256 が計算され、変更されていないことを後で証明できます。</translation>
    </message>
    <message>
        <source>&amp;Re-verify</source>
        <translation>再検証(&amp;R)</translation>
    </message>
    <message>
        <source>Hash the selected item&apos;s file again and flag it if it changed or is missing</source>
        <translation>選択した証拠品のファイルのハッシュ値を再計算し、変更や所在不明があれば警告します</translation>
    </message>
    <message>
        <source>Add evidence</source>
        <translation>証拠品を追加</translation>
    </message>
    <message>
        <source>&amp;Item:</source>
        <translation>品名(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Stored at:</source>
        <translation>保管場所(&amp;S):</translation>
    </message>
    <message>
        <source>Collected &amp;by:</source>
        <translation>収集者(&amp;B):</translation>
    </message>
    <message>
        <source>Collected a&amp;t:</source>
        <translation>収集日時(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>e.g. laptop disk image</source>
        <translation>例: ノートPCのディスクイメージ</translation>
    </message>
    <message>
        <source>e.g. evidence locker 3, encrypted share</source>
        <translation>例: 証拠品保管庫 3、暗号化された共有フォルダー</translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm, empty if unknown</source>
        <translation>yyyy-mm-dd hh:mm（不明な場合は空欄）</translation>
    </message>
    <message>
        <source>optional: the file to hash</source>
        <translation>任意: ハッシュ値を計算するファイル</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Add Evidence</source>
        <translation>証拠品を追加(&amp;A)</translation>
    </message>
    <message>
        <source>Select an item to see and record who handed it to whom.</source>
        <translation>証拠品を選択すると、誰から誰に受け渡したかを表示・記録できます。</translation>
    </message>
    <message>
        <source>When (%1)</source>
        <translation>日時（%1）</translation>
    </message>
    <message>
        <source>From</source>
        <translation>引き渡した人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>受け取った人</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>目的</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>引き渡した人(&amp;M):</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>受け取った人(&amp;O):</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>日時(&amp;H):</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>目的(&amp;P):</translation>
    </message>
    <message>
        <source>empty: now</source>
        <translation>空欄: 現在の日時</translation>
    </message>
    <message>
        <source>Add Tra&amp;nsfer</source>
        <translation>受け渡しを追加(&amp;N)</translation>
    </message>
</context>
<context>
    <name>csirtkit::ExportIncidentsDialog</name>
    <message>
        <source>Export Incidents</source>
        <translation>インシデントのエクスポート</translation>
    </message>
    <message>
        <source>CSV — spreadsheets</source>
        <translation>CSV — 表計算ソフト向け</translation>
    </message>
    <message>
        <source>CSIRT Kit JSON — everything, for another workspace</source>
        <translation>CSIRT Kit JSON — すべての情報、別のワークスペース向け</translation>
    </message>
    <message>
        <source>MISP event JSON — for MISP instances</source>
        <translation>MISP イベント JSON — MISP インスタンス向け</translation>
    </message>
    <message>
        <source>STIX 2.1 bundle — for threat intelligence platforms</source>
        <translation>STIX 2.1 バンドル — 脅威インテリジェンスプラットフォーム向け</translation>
    </message>
    <message>
        <source>No ceiling: export every label</source>
        <translation>上限なし: すべてのラベルをエクスポート</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>Start with a byte order mark (for Excel)</source>
        <translation>先頭にバイトオーダーマークを付ける（Excel 向け）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>形式:</translation>
    </message>
    <message>
        <source>Incidents:</source>
        <translation>インシデント:</translation>
    </message>
    <message>
        <source>TLP ceiling:</source>
        <translation>TLP 上限:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>All incidents (%1)</source>
        <translation>すべてのインシデント（%1 件）</translation>
    </message>
    <message>
        <source>The incidents in the list (%1)</source>
        <translation>一覧に表示中のインシデント（%1 件）</translation>
    </message>
    <message>
        <source>The open incident (%1)</source>
        <translation>開いているインシデント（%1）</translation>
    </message>
    <message>
        <source>The open incident</source>
        <translation>開いているインシデント</translation>
    </message>
    <message>
        <source>Every incident in the scope is exported, with its TLP label.</source>
        <translation>対象のすべてのインシデントを、TLP ラベル付きでエクスポートします。</translation>
    </message>
    <message>
        <source>Nothing in the scope is above %1: every incident is exported.</source>
        <translation>対象に %1 を超えるものはありません。すべてのインシデントをエクスポートします。</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) above %1 will be left out: %2</source>
        <translation>
            <numerusform>%1 を超えるインシデント %n 件は除外されます: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Exporting incidents…</source>
        <translation>インシデントをエクスポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n incident(s) to “%1”.</source>
        <translation>
            <numerusform>%n 件のインシデントを「%1」にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>除外したもの:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>The language of the column titles and of the labels (statuses, priorities, classifications).</source>
        <translation>列名とラベル（状態、優先度、分類）の言語です。</translation>
    </message>
    <message>
        <source>Column keys and stored values, for scripts</source>
        <translation>列のキーと保存値で書き出す（スクリプト向け）</translation>
    </message>
    <message>
        <source>Writes “status” and “closed” instead of “Status” and “Closed”. CSIRT Kit reads both back.</source>
        <translation>「状態」「クローズ」の代わりに「status」「closed」と書き出します。CSIRT Kit はどちらも読み込めます。</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>&lt;b&gt;TLP ceiling&lt;/b&gt;: incidents labelled above it (e.g. TLP:RED under an AMBER ceiling) are left out of the file and named when the export is done. Choose the highest label the recipients may receive.</source>
        <translation>&lt;b&gt;TLP 上限&lt;/b&gt;: これより上のラベルが付いたインシデント（例: 上限が AMBER のときの TLP:RED）はファイルから除外され、エクスポート後に一覧で示されます。受け取る相手が受け取ってよい最も高いラベルを選んでください。</translation>
    </message>
</context>
<context>
    <name>csirtkit::FileDialog</name>
    <message>
        <source>CSIRT Kit workspaces (*.csirt);;All files (*)</source>
        <translation>CSIRT Kitワークスペース (*.csirt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>“%1” already exists. Replace it?</source>
        <translation>「%1」は既に存在します。置き換えますか？</translation>
    </message>
</context>
<context>
    <name>csirtkit::HelpWindow</name>
    <message>
        <source>CSIRT Kit Help — %1</source>
        <translation>CSIRT Kit ヘルプ — %1</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>page: command</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Presentation mode: next step</source>
        <translation>プレゼンテーションモード: 次のステップ</translation>
    </message>
    <message>
        <source>Right, Page Down, Space</source>
        <translation>→、Page Down、Space</translation>
    </message>
    <message>
        <source>Presentation mode: previous step</source>
        <translation>プレゼンテーションモード: 前のステップ</translation>
    </message>
    <message>
        <source>Left, Page Up</source>
        <translation>←、Page Up</translation>
    </message>
    <message>
        <source>Presentation mode: leave</source>
        <translation>プレゼンテーションモード: 終了</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Communications: add the entry being written</source>
        <translation>連絡記録: 入力中の記録を追加</translation>
    </message>
    <message>
        <source>Help: back, forward</source>
        <translation>ヘルプ: 戻る、進む</translation>
    </message>
    <message>
        <source>Presentation mode and help</source>
        <translation>プレゼンテーションモードとヘルプ</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>進む</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目次</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
</context>
<context>
    <name>csirtkit::ImportIncidentsDialog</name>
    <message>
        <source>ISO 8601</source>
        <translation>ISO 8601</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Import Incidents</source>
        <translation>インシデントのインポート</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>マッピングを保存</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>A CSV file, a CSIRT Kit JSON export or a MISP event</source>
        <translation>CSV ファイル、CSIRT Kit の JSON エクスポート、または MISP イベント</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>CSIRT Kit JSON</source>
        <translation>CSIRT Kit JSON</translation>
    </message>
    <message>
        <source>MISP event JSON</source>
        <translation>MISP イベント JSON</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>形式(&amp;O):</translation>
    </message>
    <message>
        <source>Name of a mapping to load or save</source>
        <translation>読み込む、または保存するマッピングの名前</translation>
    </message>
    <message>
        <source>Remembered &amp;mapping:</source>
        <translation>保存済みマッピング(&amp;M):</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>サンプル</translation>
    </message>
    <message>
        <source>Import As</source>
        <translation>インポート先</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>&amp;Date format:</source>
        <translation>日付形式(&amp;D):</translation>
    </message>
    <message>
        <source>Every date could be read as month/day or as day/month; they are read as month/day. Choose the date format if that is wrong.</source>
        <translation>どの日付も「月/日」と「日/月」のどちらとしても読めるため、「月/日」として読み込みます。違う場合は日付形式を選んでください。</translation>
    </message>
    <message>
        <source>Check the file to see what will be imported and what is wrong.</source>
        <translation>ファイルを確認すると、インポートされる内容と問題点がここに表示されます。</translation>
    </message>
    <message>
        <source>The workspace is open read-only; nothing can be imported into it.</source>
        <translation>ワークスペースが読み取り専用で開かれているため、インポートできません。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n new incident(s)</source>
        <translation>
            <numerusform>新規インシデント %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already imported</source>
        <translation>
            <numerusform>取り込み済み %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n problem(s) block the import.</source>
        <translation>
            <numerusform>%1。%n 件の問題があるため、インポートできません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; %n note(s), none blocks the import.</source>
        <translation>
            <numerusform>%1。注意事項が %n 件ありますが、インポートは可能です。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; ready to import.</source>
        <translation>%1。インポートできます。</translation>
    </message>
    <message>
        <source>Incident files (*.csv *.json);;CSV files (*.csv);;JSON files (*.json);;All files (*)</source>
        <translation>インシデントファイル (*.csv *.json);;CSV ファイル (*.csv);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>（インポートしない）</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>自動検出（%1）</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>先にインポートするファイルを選んでください。</translation>
    </message>
    <message>
        <source>Checking “%1”…</source>
        <translation>「%1」を確認しています…</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>「%1」をインポートしています…</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>何もインポートされませんでした。</translation>
    </message>
</context>
<context>
    <name>csirtkit::IncidentDetailsTab</name>
    <message>
        <source>Title:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>報告者:</translation>
    </message>
    <message>
        <source>Reported via:</source>
        <translation>報告経路:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>連絡先:</translation>
    </message>
    <message>
        <source>RSIT class:</source>
        <translation>RSIT 分類:</translation>
    </message>
    <message>
        <source>RSIT type:</source>
        <translation>RSIT 種別:</translation>
    </message>
    <message>
        <source>JPCERT/CC category:</source>
        <translation>JPCERT/CC カテゴリ:</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>影響度:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>緊急度:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>優先度:</translation>
    </message>
    <message>
        <source>Override reason:</source>
        <translation>優先度変更の理由:</translation>
    </message>
    <message>
        <source>Occurred:</source>
        <translation>発生日時:</translation>
    </message>
    <message>
        <source>Detected:</source>
        <translation>検知日時:</translation>
    </message>
    <message>
        <source>Reported:</source>
        <translation>報告日時:</translation>
    </message>
    <message>
        <source>Contained:</source>
        <translation>封じ込め日時:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>Helpers:</source>
        <translation>協力者:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Lessons learned:</source>
        <translation>教訓:</translation>
    </message>
    <message>
        <source>Change report channel</source>
        <translation>報告経路を変更</translation>
    </message>
    <message>
        <source>What happened, what is affected, what is known so far (Markdown).</source>
        <translation>何が起きたか、何が影響を受けているか、現時点で分かっていること（Markdown）。</translation>
    </message>
    <message>
        <source>When resolving: what went well, what to improve, follow-up actions (Markdown).</source>
        <translation>解決時に記入: うまくいった点、改善すべき点、今後の対応（Markdown）。</translation>
    </message>
    <message>
        <source>Needed when the priority differs from the matrix</source>
        <translation>優先度がマトリクスと異なる場合は必須です</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm — empty if unknown</source>
        <translation>yyyy-MM-dd HH:mm — 不明な場合は空欄</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Default for the RSIT type</source>
        <translation>RSIT 種別に応じた既定値</translation>
    </message>
    <message>
        <source>From the matrix</source>
        <translation>マトリクスに従う</translation>
    </message>
    <message>
        <source>From the matrix (%1)</source>
        <translation>マトリクスに従う（%1）</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>手動で変更済み</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>日時は %1 で表示</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Triaged: %1   Resolved: %2   Closed: %3</source>
        <translation>トリアージ: %1   解決: %2   クローズ: %3</translation>
    </message>
    <message>
        <source>Edit incident</source>
        <translation>インシデントを編集</translation>
    </message>
    <message>
        <source>Change classification</source>
        <translation>分類を変更</translation>
    </message>
    <message>
        <source>Change TLP to %1</source>
        <translation>TLP を %1 に変更</translation>
    </message>
    <message>
        <source>Change impact and urgency</source>
        <translation>影響度と緊急度を変更</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>優先度を変更</translation>
    </message>
    <message>
        <source>Incident Time</source>
        <translation>インシデントの日時</translation>
    </message>
    <message>
        <source>“%1” is not a time. Enter it as yyyy-MM-dd HH:mm, e.g. 2026-04-01 09:30, or leave it empty if unknown.</source>
        <translation>「%1」は日時ではありません。yyyy-MM-dd HH:mm の形式（例: 2026-04-01 09:30）で入力するか、不明な場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>Change incident time</source>
        <translation>インシデントの日時を変更</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&lt;b&gt;Report channel&lt;/b&gt;: how the report reached the team — from a user, the monitoring, a customer, another CSIRT… Metrics count incidents by channel.</source>
        <translation>&lt;b&gt;報告経路&lt;/b&gt;: 報告がチームに届いた経路です。社内の利用者、監視、顧客、他の CSIRT などがあります。メトリクスでは経路別に件数を集計します。</translation>
    </message>
    <message>
        <source>&lt;b&gt;RSIT class&lt;/b&gt;: the class of the Reference Security Incident Taxonomy used by CSIRTs in Europe and by MISP (e.g. Malicious code, Fraud). Choose the class first, then the type.</source>
        <translation>&lt;b&gt;RSIT 分類&lt;/b&gt;: 欧州の CSIRT や MISP で使われているインシデント分類体系 RSIT（Reference Security Incident Taxonomy）の分類です（例: 悪性コード、詐欺）。先に分類を選び、次に種別を選びます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;RSIT type&lt;/b&gt;: the type within the RSIT class (e.g. Phishing within Fraud). It proposes the JPCERT/CC category.</source>
        <translation>&lt;b&gt;RSIT 種別&lt;/b&gt;: RSIT 分類の中の種別です（例: 詐欺の中のフィッシング）。種別に応じて JPCERT/CC カテゴリが提案されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;JPCERT/CC category&lt;/b&gt;: the category used when reporting to JPCERT/CC. By default it follows from the RSIT type; choose another one when the report needs it.</source>
        <translation>&lt;b&gt;JPCERT/CC カテゴリ&lt;/b&gt;: JPCERT/CC へ報告する際に使うカテゴリです。既定では RSIT 種別から決まります。報告の内容に合わない場合は別のカテゴリを選んでください。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Priority&lt;/b&gt; P1–P4, from the priority matrix. It can be set otherwise with a reason, which is journaled.</source>
        <translation>&lt;b&gt;優先度&lt;/b&gt; P1～P4 は優先度マトリクスから決まります。理由を付ければ別の優先度にでき、その理由は対応記録に残ります。</translation>
    </message>
    <message>
        <source>&lt;b&gt;TLP&lt;/b&gt; (Traffic Light Protocol 2.0): who may receive this incident&apos;s information. CLEAR: anyone; GREEN: the community; AMBER: the recipient&apos;s organisation and its clients, on a need-to-know basis; AMBER+STRICT: the recipient&apos;s organisation only; RED: the named recipients only. Every export and report carries it.</source>
        <translation>&lt;b&gt;TLP&lt;/b&gt;（Traffic Light Protocol 2.0）: このインシデントの情報を誰が受け取ってよいかを示します。CLEAR: 制限なし、GREEN: コミュニティ内、AMBER: 受信者の組織とその顧客のうち知る必要のある人、AMBER+STRICT: 受信者の組織内のみ、RED: 指名された受信者のみ。エクスポートとレポートには必ずこのラベルが付きます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Impact&lt;/b&gt;: how much harm the incident does or can do. &lt;b&gt;Urgency&lt;/b&gt;: how fast it gets worse without action. Together they give the priority through the priority matrix (Incident log ▸ Priority Matrix…).</source>
        <translation>&lt;b&gt;影響度&lt;/b&gt;: インシデントが与える、または与えうる被害の大きさです。&lt;b&gt;緊急度&lt;/b&gt;: 対応しなければどれだけ早く悪化するかです。この二つから優先度マトリクス（インシデント管理台帳 ▸ 優先度マトリクス…）で優先度が決まります。</translation>
    </message>
</context>
<context>
    <name>csirtkit::IncidentListModel</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>優先度</translation>
    </message>
    <message>
        <source>TLP</source>
        <translation>TLP</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>登録日時</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>一致箇所</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>次の期限</translation>
    </message>
</context>
<context>
    <name>csirtkit::IncidentListPanel</name>
    <message>
        <source>Incident List</source>
        <translation>インシデント一覧</translation>
    </message>
    <message>
        <source>Search title, summary, journal, observables, artefacts, communications…</source>
        <translation>件名、概要、対応記録、観測値、アーティファクト、連絡記録を検索…</translation>
    </message>
    <message>
        <source>New Incident…</source>
        <translation>新規インシデント…</translation>
    </message>
    <message>
        <source>Log a new incident (%1)</source>
        <translation>新しいインシデントを登録（%1）</translation>
    </message>
    <message>
        <source>Find Observable…</source>
        <translation>観測値を検索…</translation>
    </message>
    <message>
        <source>Priority Matrix…</source>
        <translation>優先度マトリクス…</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Logged between</source>
        <translation>登録期間</translation>
    </message>
    <message>
        <source>Clear Filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Saved filter name</source>
        <translation>保存済みフィルター名</translation>
    </message>
    <message>
        <source>Save Filter</source>
        <translation>フィルターを保存</translation>
    </message>
    <message>
        <source>Delete Filter</source>
        <translation>フィルターを削除</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完了</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>すべての優先度</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>すべての分類</translation>
    </message>
    <message>
        <source>All TLP labels</source>
        <translation>すべての TLP ラベル</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 件のインシデント</numerusform>
        </translation>
    </message>
    <message>
        <source>No incidents logged yet.
Press “New Incident…” to record the first one.</source>
        <translation>インシデントはまだ登録されていません。
「新規インシデント…」を押して、最初のインシデントを記録してください。</translation>
    </message>
    <message>
        <source>No incidents match these filters.
Change the search or press “Clear Filters”.</source>
        <translation>この条件に一致するインシデントはありません。
検索条件を変更するか、「フィルターをクリア」を押してください。</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>データ交換</translation>
    </message>
    <message>
        <source>Import incidents from CSV, JSON or MISP; export them as CSV, JSON, MISP or STIX</source>
        <translation>CSV、JSON、MISP からインシデントをインポートし、CSV、JSON、MISP、STIX でエクスポートします</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>csirtkit::IncidentMetrics</name>
    <message>
        <source>Choose a period whose start is not after its end.</source>
        <translation>開始日が終了日より後にならないように期間を選んでください。</translation>
    </message>
</context>
<context>
    <name>csirtkit::IncidentView</name>
    <message>
        <source>← Incident List</source>
        <translation>← インシデント一覧</translation>
    </message>
    <message>
        <source>Back to the incident list (Alt+Left)</source>
        <translation>インシデント一覧に戻る（Alt+Left）</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source> of %1</source>
        <translation> （重複元: %1）</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>状態を変更</translation>
    </message>
    <message>
        <source>Enter the identifier of the original incident, e.g. INC-2026-0001.</source>
        <translation>重複元のインシデントの識別子を入力してください（例: INC-2026-0001）。</translation>
    </message>
    <message>
        <source>There is no incident “%1” in this workspace. Enter the identifier of the original incident, e.g. INC-2026-0001.</source>
        <translation>このワークスペースにインシデント「%1」はありません。重複元のインシデントの識別子を入力してください（例: INC-2026-0001）。</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>レポート…</translation>
    </message>
    <message>
        <source>Save this incident as a PDF, ODT, HTML or Markdown report</source>
        <translation>このインシデントを PDF、ODT、HTML、Markdown のレポートとして保存します</translation>
    </message>
    <message>
        <source>Still open:
%1
Finish these first, or take the step anyway and say why.</source>
        <translation>未完了の項目があります:
%1
先に完了させるか、理由を記入したうえでこのまま実施してください。</translation>
    </message>
</context>
<context>
    <name>csirtkit::IncidentsPage</name>
    <message>
        <source>Incident log</source>
        <translation>インシデント管理台帳</translation>
    </message>
    <message>
        <source>Export &amp;Incidents…</source>
        <translation>インシデントをエクスポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Import Incidents…</source>
        <translation>インシデントをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>New Incident…</source>
        <translation>新規インシデント…</translation>
    </message>
    <message>
        <source>Search the incidents</source>
        <translation>インシデントを検索</translation>
    </message>
</context>
<context>
    <name>csirtkit::IntegrityState</name>
    <message>
        <source>Reading the workspace for its integrity check failed (%1).</source>
        <translation>完全性の検証に必要なワークスペースの読み込みに失敗しました（%1）。</translation>
    </message>
</context>
<context>
    <name>csirtkit::JournalTab</name>
    <message>
        <source>Action</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>連絡</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>状態変更</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>改訂</translation>
    </message>
    <message>
        <source>Revision of #%1</source>
        <translation>#%1 の改訂</translation>
    </message>
    <message>
        <source>Revised by %1</source>
        <translation>%1 で改訂済み</translation>
    </message>
    <message>
        <source>Journal (%1)</source>
        <translation>対応記録（%1）</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>対応記録</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>What was done, decided or communicated? (Ctrl+Return adds the entry)</source>
        <translation>何を実施・決定・連絡しましたか？（Ctrl+Return でエントリを追加）</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>エントリを追加</translation>
    </message>
    <message>
        <source>Adds the entry to the journal with your name and the current time (Ctrl+Return). Entries cannot be changed afterwards, only revised.</source>
        <translation>あなたの名前と現在の日時を付けて、エントリを対応記録に追加します（Ctrl+Return）。追加したエントリは後から変更できず、改訂のみ可能です。</translation>
    </message>
    <message>
        <source>Revise…</source>
        <translation>改訂…</translation>
    </message>
    <message>
        <source>Adds a corrected version of the selected entry; the original stays visible.</source>
        <translation>選択したエントリの修正版を追加します。元のエントリはそのまま表示されます。</translation>
    </message>
    <message>
        <source>Verify integrity</source>
        <translation>完全性の検証</translation>
    </message>
    <message>
        <source>No journal entries yet.</source>
        <translation>対応記録のエントリはまだありません。</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>日時は %1 で表示</translation>
    </message>
    <message>
        <source>The entry is empty. Write what was done, decided or communicated, then add it.</source>
        <translation>エントリが空です。実施・決定・連絡した内容を入力してから追加してください。</translation>
    </message>
    <message>
        <source>Select the entry you want to revise first.</source>
        <translation>先に改訂するエントリを選択してください。</translation>
    </message>
    <message>
        <source>Revise journal entry</source>
        <translation>対応記録のエントリを改訂</translation>
    </message>
    <message>
        <source>Entry #%1 stays in the journal as it is. Enter the corrected text; it is added as a revision of #%1.</source>
        <translation>エントリ #%1 は対応記録にそのまま残ります。修正後のテキストを入力してください。#%1 の改訂として追加されます。</translation>
    </message>
    <message>
        <source>Add revision</source>
        <translation>改訂を追加</translation>
    </message>
    <message>
        <source>The revision is empty, so nothing was added. Enter the corrected text of the entry.</source>
        <translation>改訂が空のため、何も追加されませんでした。エントリの修正後のテキストを入力してください。</translation>
    </message>
    <message>
        <source>The text is unchanged, so no revision was added.</source>
        <translation>テキストが変更されていないため、改訂は追加されませんでした。</translation>
    </message>
    <message>
        <source>Journal integrity</source>
        <translation>対応記録の完全性</translation>
    </message>
    <message numerus="yes">
        <source>All %n entries are intact.</source>
        <translation>
            <numerusform>%n 件のエントリはすべて正常です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep the file as it is for investigation and compare it with a backup.</source>
        <translation>調査のためにファイルをそのままの状態で保管し、バックアップと比較してください。</translation>
    </message>
    <message>
        <source>Checks that nothing in this incident — its journal entries, fields and records — was changed or deleted outside CSIRT Kit.</source>
        <translation>このインシデントの内容（対応記録のエントリ、項目、記録）が CSIRT Kit の外で変更・削除されていないかを検証します。</translation>
    </message>
    <message>
        <source>This incident was changed outside CSIRT Kit:</source>
        <translation>このインシデントは CSIRT Kit の外で変更されています:</translation>
    </message>
</context>
<context>
    <name>csirtkit::MainWindow</name>
    <message>
        <source>My organisation</source>
        <translation>自組織</translation>
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
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>プレゼンテーションモード(&amp;P)</translation>
    </message>
    <message>
        <source>The demo cannot replace the workspace that is open. Choose another file name.</source>
        <translation>開いているワークスペースをデモで置き換えることはできません。別のファイル名を選択してください。</translation>
    </message>
    <message>
        <source>“%1” has no known document type. End the name with .pdf, .odt, .html or .md.</source>
        <translation>「%1」の文書形式が判別できません。ファイル名の末尾を .pdf、.odt、.html、.md のいずれかにしてください。</translation>
    </message>
    <message>
        <source>Plan exported to %1</source>
        <translation>計画を %1 にエクスポートしました</translation>
    </message>
    <message>
        <source>New Demo Workspace</source>
        <translation>デモ用ワークスペースの新規作成</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <source>Export Plan</source>
        <translation>計画のエクスポート</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF 文書 (*.pdf);;OpenDocument テキスト (*.odt);;Web ページ (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Your workspace could not be opened (see the previous message), so this window uses a temporary workspace: %1. Use File › Open to choose a workspace, or File › Save As to keep this one.</source>
        <translation>ワークスペースを開けなかったため（前のメッセージを参照）、このウィンドウでは一時的なワークスペース %1 を使用します。［ファイル］›［開く］でワークスペースを選択するか、［ファイル］›［名前を付けて保存］でこのワークスペースを保存してください。</translation>
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
    <name>csirtkit::MetricsChart</name>
    <message>
        <source>Not classified</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>No incidents in this period.</source>
        <translation>この期間のインシデントはありません。</translation>
    </message>
</context>
<context>
    <name>csirtkit::MetricsPage</name>
    <message>
        <source>%1 d</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>Incident metrics</source>
        <translation>インシデント指標</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>過去 30 日</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>過去 3 か月</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>Save Chart as PNG…</source>
        <translation>グラフを PNG で保存…</translation>
    </message>
    <message>
        <source>Period Report…</source>
        <translation>期間レポート…</translation>
    </message>
    <message>
        <source>Open incidents by priority and age (activate a row to list them)</source>
        <translation>優先度・経過期間別の未完了インシデント（行を開くと該当するインシデントを一覧表示します）</translation>
    </message>
    <message>
        <source>Observables seen in the most incidents</source>
        <translation>最も多くのインシデントで確認された観測値</translation>
    </message>
    <message>
        <source>Under a day</source>
        <translation>1 日未満</translation>
    </message>
    <message>
        <source>1–7 days</source>
        <translation>1～7 日</translation>
    </message>
    <message>
        <source>7–30 days</source>
        <translation>7～30 日</translation>
    </message>
    <message>
        <source>Older</source>
        <translation>30 日超</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Incidents</source>
        <translation>インシデント数</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>From detection — to triage: %1; to containment: %2; to resolution: %3.</source>
        <translation>検知から — トリアージまで: %1、封じ込めまで: %2、解決まで: %3。</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>グラフの保存</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to “%1”. Choose another folder.</source>
        <translation>グラフを「%1」に保存できませんでした。別のフォルダーを選んでください。</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) logged from %1 to %2 (%3).</source>
        <translation>
            <numerusform>%1～%2 に登録されたインシデント: %n 件（%3）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>mean %1, median %2 (%n incident(s))</source>
        <translation>
            <numerusform>平均 %1、中央値 %2（%n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::Migrator</name>
    <message>
        <source>Upgrading the workspace to format %1 failed (%2). That step was undone, so the workspace stays at format %3. Keep a copy of it and report the problem.</source>
        <translation>ワークスペースを形式 %1 に更新できませんでした（%2）。この更新は取り消されたため、ワークスペースは形式 %3 のままです。ファイルのコピーを保管し、問題を報告してください。</translation>
    </message>
</context>
<context>
    <name>csirtkit::NewIncidentDialog</name>
    <message>
        <source>New Incident</source>
        <translation>新規インシデント</translation>
    </message>
    <message>
        <source>Short description, e.g. “Phishing mail to the finance team”</source>
        <translation>短い説明（例:「経理部門へのフィッシングメール」）</translation>
    </message>
    <message>
        <source>What was reported, what is affected, what is known so far</source>
        <translation>報告された内容、影響を受けているもの、現時点で分かっていること</translation>
    </message>
    <message>
        <source>E-mail or phone number for questions and call-backs</source>
        <translation>問い合わせや折り返し連絡のためのメールアドレスまたは電話番号</translation>
    </message>
    <message>
        <source>Not classified yet</source>
        <translation>未分類</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>件名:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>概要:</translation>
    </message>
    <message>
        <source>Reporter:</source>
        <translation>報告者:</translation>
    </message>
    <message>
        <source>Reported via:</source>
        <translation>報告経路:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>連絡先:</translation>
    </message>
    <message>
        <source>RSIT class:</source>
        <translation>RSIT 分類:</translation>
    </message>
    <message>
        <source>RSIT type:</source>
        <translation>RSIT 種別:</translation>
    </message>
    <message>
        <source>TLP:</source>
        <translation>TLP:</translation>
    </message>
    <message>
        <source>Impact:</source>
        <translation>影響度:</translation>
    </message>
    <message>
        <source>Urgency:</source>
        <translation>緊急度:</translation>
    </message>
    <message>
        <source>Detected (%1):</source>
        <translation>検知日時（%1）:</translation>
    </message>
    <message>
        <source>Assignee:</source>
        <translation>担当者:</translation>
    </message>
    <message>
        <source>Log Incident</source>
        <translation>インシデントを登録</translation>
    </message>
    <message>
        <source>“%1” is not a time. Enter it as yyyy-MM-dd HH:mm, or leave it empty if unknown.</source>
        <translation>「%1」は日時ではありません。yyyy-MM-dd HH:mm の形式で入力するか、不明な場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>%1 is in the future. Enter when it really happened.</source>
        <translation>%1 は未来の日時です。実際に起きた日時を入力してください。</translation>
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
    <message>
        <source>CSIRT workspace</source>
        <translation>CSIRTワークスペース</translation>
    </message>
</context>
<context>
    <name>csirtkit::NotificationRulesDialog</name>
    <message>
        <source>&amp;Remove Rule</source>
        <translation>ルールを削除(&amp;R)</translation>
    </message>
    <message>
        <source>Notification Rules</source>
        <translation>通知ルール</translation>
    </message>
    <message>
        <source>Who is notified, e.g. the customer&apos;s security contact</source>
        <translation>通知先。例: 顧客のセキュリティ窓口</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>報告義務</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>The shipped rules follow the law as summarised in CSIRT Kit; check them with your legal adviser. Add your own rules, e.g. a contract&apos;s customer notice.</source>
        <translation>同梱のルールは CSIRT Kit がまとめた法令の要点に基づいています。法務担当者に確認してください。契約に基づく顧客への通知など、独自のルールを追加できます。</translation>
    </message>
    <message>
        <source>Title (English):</source>
        <translation>名称（英語）:</translation>
    </message>
    <message>
        <source>Title (Japanese):</source>
        <translation>名称（日本語）:</translation>
    </message>
    <message>
        <source>Authority:</source>
        <translation>通知先:</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>ルールを追加(&amp;A)</translation>
    </message>
    <message>
        <source>%1 (shipped)</source>
        <translation>%1（同梱）</translation>
    </message>
    <message>
        <source>Row %1: hours, days and months are whole numbers.</source>
        <translation>%1 行目: 時間・日・か月には整数を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Obligations — the deadline counts from becoming aware of the incident:</source>
        <translation>義務(&amp;O) — 期限はインシデントを認知した時点から数えます:</translation>
    </message>
</context>
<context>
    <name>csirtkit::NotificationsTab</name>
    <message>
        <source>Tick the rules that apply to this incident. Deadlines count from the moment the organisation became aware of it; check the rule texts with your legal adviser.</source>
        <translation>このインシデントに該当するルールにチェックを付けてください。期限は、組織が事態を知った時点から数えます。ルールの内容は法務担当者に確認してください。</translation>
    </message>
    <message>
        <source>Became &amp;aware at:</source>
        <translation>事態を知った日時(&amp;A):</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>ルール</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>報告義務</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>Sent at:</source>
        <translation>送信日時:</translation>
    </message>
    <message>
        <source>empty: now</source>
        <translation>空欄: 現在の日時</translation>
    </message>
    <message>
        <source>Recipient (default: the authority)</source>
        <translation>送信先（既定: 監督機関）</translation>
    </message>
    <message>
        <source>Mark as &amp;Sent</source>
        <translation>送信済みにする(&amp;S)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>PGP e-mail</source>
        <translation>PGP暗号化メール</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会議</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Notifications (%1)</source>
        <translation>通知（%1）</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済み</translation>
    </message>
    <message>
        <source>Notification Clock</source>
        <translation>通知期限</translation>
    </message>
    <message>
        <source>“%1” is not a time. Enter when the organisation became aware of the incident as yyyy-MM-dd HH:mm.</source>
        <translation>「%1」は日時ではありません。組織が事態を知った日時を yyyy-MM-dd HH:mm の形式で入力してください。</translation>
    </message>
    <message>
        <source>Stop the clock of this rule for the incident? Notices already recorded as sent stay in the communications log.</source>
        <translation>このインシデントについて、このルールの期限の計測を停止しますか？送信済みとして記録した通知は、連絡記録に残ります。</translation>
    </message>
    <message>
        <source>Mark as Sent</source>
        <translation>送信済みにする</translation>
    </message>
    <message>
        <source>“%1” is not a time. Enter it as yyyy-MM-dd HH:mm, or leave it empty for now.</source>
        <translation>「%1」は日時ではありません。yyyy-MM-dd HH:mm の形式で入力するか、現在の日時にする場合は空欄のままにしてください。</translation>
    </message>
    <message>
        <source>Draft Notice</source>
        <translation>通知文の下書き</translation>
    </message>
    <message>
        <source>Rules…</source>
        <translation>ルール…</translation>
    </message>
    <message>
        <source>&amp;Draft Notice…</source>
        <translation>届出の下書き(&amp;D)…</translation>
    </message>
</context>
<context>
    <name>csirtkit::ObservableSearchDialog</name>
    <message>
        <source>Type or paste an IP address, domain, URL, hash or other value; defanged values work too.</source>
        <translation>IP アドレス、ドメイン、URL、ハッシュ値などを入力または貼り付けてください。デファングされた値も使えます。</translation>
    </message>
    <message>
        <source>No incident has this observable.</source>
        <translation>この観測値を含むインシデントはありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) have this observable. Press Enter to open the selected one.</source>
        <translation>
            <numerusform>この観測値を含むインシデントが %n 件あります。Enter キーを押すと、選択したインシデントを開きます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find Observable</source>
        <translation>観測値を検索</translation>
    </message>
    <message>
        <source>Value to find in all incidents, e.g. 192.0.2.10 or hxxp://example[.]com</source>
        <translation>すべてのインシデントから検索する値（例: 192.0.2.10、hxxp://example[.]com）</translation>
    </message>
    <message>
        <source>Observable value</source>
        <translation>観測値の値</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Incidents with this observable</source>
        <translation>この観測値を含むインシデント</translation>
    </message>
</context>
<context>
    <name>csirtkit::ObservablesTab</name>
    <message>
        <source>Observables (%1)</source>
        <translation>観測値（%1）</translation>
    </message>
    <message>
        <source>Observables</source>
        <translation>観測値</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the other incident</source>
        <translation>Enter キーを押すかダブルクリックすると、そのインシデントを開きます</translation>
    </message>
    <message>
        <source>Detected type: %1</source>
        <translation>判定された種類: %1</translation>
    </message>
    <message>
        <source>Observable not added</source>
        <translation>観測値を追加できませんでした</translation>
    </message>
    <message>
        <source>Observable already listed</source>
        <translation>登録済みの観測値</translation>
    </message>
    <message>
        <source>This incident already lists the %1 “%2”; the two were merged into one entry.</source>
        <translation>このインシデントには%1「%2」が既に登録されているため、1つのエントリにまとめました。</translation>
    </message>
    <message>
        <source>Add observable</source>
        <translation>観測値を追加</translation>
    </message>
    <message>
        <source>Remove the %1 “%2” from this incident?</source>
        <translation>%1「%2」をこのインシデントから削除しますか？</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n observables from this incident?</source>
        <translation>
            <numerusform>%n 件の観測値をこのインシデントから削除しますか？</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Observable</source>
        <translation>観測値を削除</translation>
    </message>
    <message>
        <source>Remove observables</source>
        <translation>観測値を削除</translation>
    </message>
    <message>
        <source>Remove observable</source>
        <translation>観測値を削除</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 を開く</translation>
    </message>
    <message>
        <source>&amp;Copy Value</source>
        <translation>値をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Defanged</source>
        <translation>デファングしてコピー(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Also seen in</source>
        <translation>他のインシデント</translation>
    </message>
    <message>
        <source>No observables yet. Add IP addresses, domains, URLs, hashes and other indicators below; defanged values can be pasted as they are.</source>
        <translation>観測値はまだありません。IP アドレス、ドメイン、URL、ハッシュ値などの痕跡情報を下で追加してください。デファングされた値もそのまま貼り付けられます。</translation>
    </message>
    <message>
        <source>&amp;Defang values</source>
        <translation>値をデファングして表示(&amp;D)</translation>
    </message>
    <message>
        <source>Show addresses as hxxp://example[.]com so they cannot be clicked by mistake</source>
        <translation>誤ってクリックしないよう、アドレスを hxxp://example[.]com の形式で表示します</translation>
    </message>
    <message>
        <source>Copy the selected values as they are (Ctrl+C)</source>
        <translation>選択した値をそのままコピー（Ctrl+C）</translation>
    </message>
    <message>
        <source>Copy De&amp;fanged</source>
        <translation>デファングしてコピー(&amp;F)</translation>
    </message>
    <message>
        <source>Copy the selected values defanged, for mail and chat (Ctrl+Shift+C)</source>
        <translation>選択した値をデファングしてコピー（メールやチャット向け、Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Add an observable</source>
        <translation>観測値を追加</translation>
    </message>
    <message>
        <source>Detect type</source>
        <translation>種類を自動判定</translation>
    </message>
    <message>
        <source>Observable type</source>
        <translation>観測値の種類</translation>
    </message>
    <message>
        <source>Value, e.g. 192.0.2.10 or hxxp://example[.]com/login</source>
        <translation>値（例: 192.0.2.10、hxxp://example[.]com/login）</translation>
    </message>
    <message>
        <source>Observable value</source>
        <translation>観測値の値</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>メモ（任意）</translation>
    </message>
    <message>
        <source>Observable note</source>
        <translation>観測値のメモ</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add the observable to this incident (Enter)</source>
        <translation>観測値をこのインシデントに追加（Enter）</translation>
    </message>
</context>
<context>
    <name>csirtkit::OrgModelPage</name>
    <message>
        <source>Not decided yet</source>
        <translation>未決定</translation>
    </message>
    <message>
        <source>Decided %1: %2. Reason: %3</source>
        <translation>決定済み（%1）: %2。理由: %3</translation>
    </message>
    <message>
        <source>No model has been chosen yet. Compare the models above, then record your choice and the reason for it.</source>
        <translation>組織形態はまだ選択されていません。上の各形態を比較してから、選択した形態とその理由を記録してください。</translation>
    </message>
    <message>
        <source>Write down why this model fits your organisation: the reason is part of the decision.</source>
        <translation>この組織形態が自組織に適している理由を入力してください。理由も決定の一部です。</translation>
    </message>
    <message>
        <source>Choose organisational model</source>
        <translation>組織形態を選択</translation>
    </message>
    <message>
        <source>Organisational model</source>
        <translation>組織形態</translation>
    </message>
    <message>
        <source>Where the CSIRT sits and who its members are. Compare the models side by side — SEI&apos;s and NIST&apos;s structures and the forms JPCERT/CC describes — then record your choice.</source>
        <translation>CSIRTを組織内のどこに置き、誰をメンバーとするかを決めます。SEIやNISTが示す組織構造、JPCERT/CCが示す形態を並べて比較し、選択した形態を記録してください。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>形態</translation>
    </message>
    <message>
        <source>Description and when it fits</source>
        <translation>説明と適するケース</translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation>長所</translation>
    </message>
    <message>
        <source>Weaknesses</source>
        <translation>短所</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>決定</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Record Decision</source>
        <translation>決定を記録</translation>
    </message>
    <message>
        <source>Why this model fits your organisation</source>
        <translation>この形態が自組織に適している理由</translation>
    </message>
    <message>
        <source>Model comparison</source>
        <translation>組織形態の比較</translation>
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
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 / %2（%3%）</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue item(s)</source>
        <translation>
            <numerusform>%n 件の期限切れ項目</numerusform>
        </translation>
    </message>
    <message>
        <source>No overdue items.</source>
        <translation>期限切れの項目はありません。</translation>
    </message>
    <message>
        <source>All build-phase decisions are recorded.</source>
        <translation>構築フェーズの決定事項はすべて記録済みです。</translation>
    </message>
    <message>
        <source>Decisions still missing:</source>
        <translation>未記録の決定事項:</translation>
    </message>
    <message>
        <source>No open item has a due date yet. Set due dates in the phase guide.</source>
        <translation>期限が設定された未完了の項目はまだありません。フェーズガイドで期限を設定してください。</translation>
    </message>
    <message>
        <source>No incidents logged yet.</source>
        <translation>インシデントはまだ登録されていません。</translation>
    </message>
    <message>
        <source>%1 open of %2 logged</source>
        <translation>登録済み %2 件中、未完了 %1 件</translation>
    </message>
    <message numerus="yes">
        <source>Oldest open: %1 “%2”, logged %n day(s) ago</source>
        <translation>
            <numerusform>最も古い未完了: %1「%2」（%n 日前に登録）</numerusform>
        </translation>
    </message>
    <message>
        <source>No open incidents.</source>
        <translation>未完了のインシデントはありません。</translation>
    </message>
    <message>
        <source>Notification deadlines: %1 open, %2 overdue. Next: %3 — %4, %5.</source>
        <translation>通知期限: 未完了 %1 件、期限切れ %2 件。次の期限: %3 — %4、%5。</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>チーム: %1</translation>
    </message>
</context>
<context>
    <name>csirtkit::PeopleImportDialog</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>最初の値</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>要員のインポート</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>「%1」を読み込めません：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) of people.</source>
        <translation>
            <numerusform>%1：要員 %n 行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>%1行目：%2</translation>
    </message>
    <message numerus="yes">
        <source>No problems: %n person/people will be added.</source>
        <translation>
            <numerusform>問題はありません。%n 人を追加します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import people</source>
        <translation>要員のインポート</translation>
    </message>
</context>
<context>
    <name>csirtkit::PeopleTab</name>
    <message>
        <source>People</source>
        <translation>要員</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>所属区分</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>合意済み</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation>未完了のインシデント</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>未完了のタスク</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>%1 (deputy)</source>
        <translation>%1（代行者）</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（非アクティブ）</translation>
    </message>
    <message>
        <source>Nobody yet. Add the people who take part in the CSIRT, with the share of their time agreed for it.</source>
        <translation>まだ誰も登録されていません。CSIRT に参加する人を、合意済みの業務割合とともに追加してください。</translation>
    </message>
    <message>
        <source>Mark Inactive</source>
        <translation>非アクティブにする</translation>
    </message>
    <message>
        <source>Mark Active</source>
        <translation>アクティブにする</translation>
    </message>
    <message>
        <source>Mark person active</source>
        <translation>要員をアクティブにする</translation>
    </message>
    <message>
        <source>Mark person inactive</source>
        <translation>要員を非アクティブにする</translation>
    </message>
    <message>
        <source>Delete person</source>
        <translation>要員を削除</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>要員の削除</translation>
    </message>
    <message>
        <source>Delete %1 from the register?</source>
        <translation>%1 を要員名簿から削除しますか？</translation>
    </message>
    <message>
        <source>Who takes over from %1?</source>
        <translation>%1 の担当を誰に引き継ぎますか？</translation>
    </message>
    <message>
        <source>Import People</source>
        <translation>要員のインポート</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>csirtkit::PersonDialog</name>
    <message>
        <source>Skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Roles need</source>
        <translation>役割が求めるレベル</translation>
    </message>
    <message>
        <source>Personal</source>
        <translation>パーソナルスキル</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>テクニカルスキル</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>要員を追加</translation>
    </message>
    <message>
        <source>The absence ends (%1) before it starts (%2).</source>
        <translation>不在の終了日（%1）が開始日（%2）より前になっています。日付を確認してください。</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as YYYY-MM-DD, or leave it empty.</source>
        <translation>「%1」は日付ではありません。YYYY-MM-DD の形式で入力するか、空欄にしてください。</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 を追加</translation>
    </message>
</context>
<context>
    <name>csirtkit::PhaseGuidePage</name>
    <message>
        <source>Deliverables</source>
        <translation>成果物</translation>
    </message>
    <message>
        <source>Related build-phase topics</source>
        <translation>関連する構築フェーズのトピック</translation>
    </message>
    <message>
        <source>Phase guide</source>
        <translation>フェーズガイド</translation>
    </message>
    <message>
        <source>%1/%2 done (%3%)</source>
        <translation>%1/%2 完了（%3%）</translation>
    </message>
    <message>
        <source>Choose a step of this phase on the left.</source>
        <translation>左側でこのフェーズのステップを選択してください。</translation>
    </message>
    <message>
        <source>Choose a step on the left.</source>
        <translation>左側でステップを選択してください。</translation>
    </message>
    <message>
        <source>Checklist (%1 shown)</source>
        <translation>チェックリスト（%1 件表示）</translation>
    </message>
    <message>
        <source>Add Checklist Item</source>
        <translation>チェックリスト項目を追加</translation>
    </message>
    <message>
        <source>What needs to be done?</source>
        <translation>実施すべき作業:</translation>
    </message>
    <message>
        <source>The item was not added: it needs a text.</source>
        <translation>項目は追加されませんでした。項目のテキストを入力してください。</translation>
    </message>
    <message>
        <source>Item text (leave empty to go back to the shipped text):</source>
        <translation>項目のテキスト（空欄にすると標準のテキストに戻ります）:</translation>
    </message>
    <message>
        <source>Item text:</source>
        <translation>項目のテキスト:</translation>
    </message>
    <message>
        <source>Edit Checklist Item</source>
        <translation>チェックリスト項目を編集</translation>
    </message>
    <message>
        <source>Reset Step</source>
        <translation>ステップをリセット</translation>
    </message>
    <message>
        <source>Bring back the shipped checklist items of this step, with their original texts and order? Items you added stay, and so do all statuses, owners, due dates and notes. You can undo this.</source>
        <translation>このステップの標準のチェックリスト項目を、元のテキストと順序で復元しますか？追加した項目は残り、状態、担当者、期限、メモもすべてそのまま保持されます。この操作は元に戻せます。</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>表示:</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>すべての項目</translation>
    </message>
    <message>
        <source>Open items</source>
        <translation>未完了の項目</translation>
    </message>
    <message>
        <source>Overdue items</source>
        <translation>期限切れの項目</translation>
    </message>
    <message>
        <source>My items</source>
        <translation>自分の項目</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>上へ</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>下へ</translation>
    </message>
    <message>
        <source>Reset Step…</source>
        <translation>ステップをリセット…</translation>
    </message>
    <message>
        <source>Add a checklist item to this step</source>
        <translation>このステップにチェックリスト項目を追加</translation>
    </message>
    <message>
        <source>Restore the shipped items of this step</source>
        <translation>このステップの標準の項目を復元</translation>
    </message>
    <message>
        <source>Phases and steps</source>
        <translation>フェーズとステップ</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translation>ガイダンス</translation>
    </message>
    <message>
        <source>%1 · Step %2 of %3: %4</source>
        <translation>%1・ステップ %2/%3: %4</translation>
    </message>
</context>
<context>
    <name>csirtkit::PriorityMatrixDialog</name>
    <message>
        <source>Priority Matrix</source>
        <translation>優先度マトリクス</translation>
    </message>
    <message>
        <source>The priority of an incident follows from its impact and urgency. Change a cell to fit your organisation; incidents whose priority was not overridden follow the new matrix.</source>
        <translation>インシデントの優先度は、影響度と緊急度から決まります。自組織に合わせてセルを変更してください。優先度を手動で変更していないインシデントには、新しいマトリクスが適用されます。</translation>
    </message>
    <message>
        <source>Impact ↓ / Urgency →</source>
        <translation>影響度 ↓ / 緊急度 →</translation>
    </message>
    <message>
        <source>Change priority matrix</source>
        <translation>優先度マトリクスを変更</translation>
    </message>
</context>
<context>
    <name>csirtkit::RaciTab</name>
    <message>
        <source>RACI</source>
        <translation>RACI</translation>
    </message>
    <message>
        <source>Every activity has exactly one accountable role and at least one responsible role, and every role named holds a person.</source>
        <translation>すべての活動に、説明責任を負う役割がちょうど 1 つと、実行責任を負う役割が 1 つ以上あり、指定された役割にはすべて担当者がいます。</translation>
    </message>
    <message>
        <source>R: responsible, does the work</source>
        <translation>R: 実行責任（作業を行う）</translation>
    </message>
    <message>
        <source>A: accountable, answers for it</source>
        <translation>A: 説明責任（結果に責任を負う）</translation>
    </message>
    <message>
        <source>C: consulted before</source>
        <translation>C: 協議（事前に相談を受ける）</translation>
    </message>
    <message>
        <source>I: informed after</source>
        <translation>I: 報告（事後に報告を受ける）</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>クリア</translation>
    </message>
    <message>
        <source>Change RACI</source>
        <translation>RACI を変更</translation>
    </message>
    <message>
        <source>Reset RACI</source>
        <translation>RACI をリセット</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (the rows in red; their tooltips say what is wrong).</source>
        <translation>
            <numerusform>ほか %n 件（赤い行のツールチップに内容が表示されます）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>csirtkit::RelationsTab</name>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Assets &amp; links</source>
        <translation>資産・関連インシデント</translation>
    </message>
    <message>
        <source>Assets &amp; Links</source>
        <translation>資産・関連インシデント</translation>
    </message>
    <message>
        <source>Add Asset</source>
        <translation>資産を追加</translation>
    </message>
    <message>
        <source>Remove Asset</source>
        <translation>資産を削除</translation>
    </message>
    <message>
        <source>Remove “%1” from the affected assets of this incident?</source>
        <translation>「%1」をこのインシデントの影響を受けた資産から削除しますか？</translation>
    </message>
    <message>
        <source>Link Incident</source>
        <translation>インシデントを関連付け</translation>
    </message>
    <message>
        <source>Enter the identifier of the related incident, e.g. INC-2026-0002.</source>
        <translation>関連インシデントの識別子を入力してください（例: INC-2026-0002）。</translation>
    </message>
    <message>
        <source>%1 is already linked to this incident.</source>
        <translation>%1 は既にこのインシデントに関連付けられています。</translation>
    </message>
    <message>
        <source>Unlink Incident</source>
        <translation>インシデントの関連付けを解除</translation>
    </message>
    <message>
        <source>Criticality: —</source>
        <translation>重要度: —</translation>
    </message>
    <message>
        <source>Affected assets</source>
        <translation>影響を受けた資産</translation>
    </message>
    <message>
        <source>No affected assets recorded. Add the hosts, accounts or services this incident touches.</source>
        <translation>影響を受けた資産は記録されていません。このインシデントに関係するホスト、アカウント、サービスを追加してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>IP address / host</source>
        <translation>IP アドレス / ホスト</translation>
    </message>
    <message>
        <source>Owner department</source>
        <translation>所管部署</translation>
    </message>
    <message>
        <source>Criticality</source>
        <translation>重要度</translation>
    </message>
    <message>
        <source>Asset name, e.g. web server www1</source>
        <translation>資産名（例: Webサーバー www1）</translation>
    </message>
    <message>
        <source>Asset name</source>
        <translation>資産名</translation>
    </message>
    <message>
        <source>IP address or host name</source>
        <translation>IP アドレスまたはホスト名</translation>
    </message>
    <message>
        <source>Add &amp;Asset</source>
        <translation>資産を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove Asset…</source>
        <translation>資産を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Related incidents</source>
        <translation>関連インシデント</translation>
    </message>
    <message>
        <source>No related incidents. Link one by its identifier; double-click a linked incident to open it.</source>
        <translation>関連インシデントはありません。識別子を指定して関連付けてください。関連付けたインシデントはダブルクリックで開けます。</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>&amp;Identifier:</source>
        <translation>識別子(&amp;I):</translation>
    </message>
    <message>
        <source>e.g. INC-2026-0002</source>
        <translation>例: INC-2026-0002</translation>
    </message>
    <message>
        <source>&amp;Link Incident</source>
        <translation>インシデントを関連付け(&amp;L)</translation>
    </message>
    <message>
        <source>Link the incident with this identifier; the link shows on both incidents</source>
        <translation>この識別子のインシデントを関連付けます。関連付けは両方のインシデントに表示されます</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>関連付けを解除(&amp;U)</translation>
    </message>
</context>
<context>
    <name>csirtkit::ReportDialog</name>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>No ceiling</source>
        <translation>上限なし</translation>
    </message>
    <message>
        <source>Up to %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>言語:</translation>
    </message>
    <message>
        <source>TLP ceiling:</source>
        <translation>TLP 上限:</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>セクション:</translation>
    </message>
    <message>
        <source>Save Report…</source>
        <translation>レポートを保存…</translation>
    </message>
    <message>
        <source>Incident report for %1 “%2”.</source>
        <translation>%1「%2」のインシデントレポート。</translation>
    </message>
    <message>
        <source>Period report from %1 to %2: reports received, incidents, coordinations, categories, priorities, response times and a month-by-month chart.</source>
        <translation>%1～%2 の期間レポート: 報告件数、インシデント件数、調整件数、カテゴリ、優先度、対応時間、月別グラフ。</translation>
    </message>
    <message>
        <source>Save Report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF 文書 (*.pdf);;OpenDocument テキスト (*.odt);;Web ページ (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>The report was saved to “%1”.</source>
        <translation>レポートを「%1」に保存しました。</translation>
    </message>
</context>
<context>
    <name>csirtkit::RoleDialog</name>
    <message>
        <source>Skill</source>
        <translation>スキル</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>役割を追加</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 を編集</translation>
    </message>
    <message>
        <source>Add role</source>
        <translation>役割を追加</translation>
    </message>
    <message>
        <source>Edit role</source>
        <translation>役割を編集</translation>
    </message>
</context>
<context>
    <name>csirtkit::RolesTab</name>
    <message>
        <source>Roles</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>In the team</source>
        <translation>チームで使用</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>負荷</translation>
    </message>
    <message>
        <source>Holder</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Deputies</source>
        <translation>代行者</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>業務内容</translation>
    </message>
    <message>
        <source>%1 (own role)</source>
        <translation>%1（独自の役割）</translation>
    </message>
    <message>
        <source>%1 (changed)</source>
        <translation>%1（変更あり）</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>非表示</translation>
    </message>
    <message>
        <source>Yes, minimal team</source>
        <translation>はい（最小限のチーム）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>非表示にする</translation>
    </message>
    <message>
        <source>Hide role</source>
        <translation>役割を非表示</translation>
    </message>
    <message>
        <source>Show role</source>
        <translation>役割を表示</translation>
    </message>
    <message>
        <source>Reset role to default</source>
        <translation>役割を既定に戻す</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>役割を削除</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>役割の削除</translation>
    </message>
    <message>
        <source>The role has a holder or deputies. Which role takes them over?</source>
        <translation>この役割には担当者または代行者がいます。どの役割に引き継ぎますか？</translation>
    </message>
</context>
<context>
    <name>csirtkit::RotaTab</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（非アクティブ）</translation>
    </message>
    <message>
        <source>Tick the people who take on-call duty, or choose the role whose holder and deputies do.</source>
        <translation>オンコールを担当する人にチェックを付けるか、担当者と代行者がオンコールを担う役割を選んでください。</translation>
    </message>
    <message>
        <source>Change the on-call rules</source>
        <translation>オンコールのルールを変更</translation>
    </message>
    <message>
        <source>Save the on-call rota</source>
        <translation>オンコール当番表を保存</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Person #%1</source>
        <translation>要員 #%1</translation>
    </message>
    <message>
        <source>No rota saved for these weeks. Choose the people and rules, then Generate.</source>
        <translation>この期間の当番表は保存されていません。対象者とルールを選んでから、「生成」を押してください。</translation>
    </message>
    <message>
        <source>Hand edit</source>
        <translation>手動変更</translation>
    </message>
    <message>
        <source>Agreed by %1</source>
        <translation>%1 が同意</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Generated plan, not saved yet: Save rota keeps it. Hand edits stay as they are.</source>
        <translation>生成した計画はまだ保存されていません。「当番表を保存」で保存してください。手動で変更した箇所はそのまま残ります。</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) of these weeks have no saved rota; Generate plans them.</source>
        <translation>
            <numerusform>この期間のうち、保存済みの当番表がない期間が %n 件あります。「生成」で計画を作成できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody is on call now in the saved rota.</source>
        <translation>保存済みの当番表では、現在オンコールの担当者はいません。</translation>
    </message>
    <message>
        <source>On call now: %1 (secondary %2), until %3.</source>
        <translation>現在のオンコール: %1（副担当 %2）、%3 まで。</translation>
    </message>
    <message>
        <source>On call now: %1, until %2.</source>
        <translation>現在のオンコール: %1、%2 まで。</translation>
    </message>
    <message>
        <source>Next: %1 from %2.</source>
        <translation>次: %1（%2 から）。</translation>
    </message>
    <message>
        <source>No rota is saved for these weeks. Generate and save one before exporting it.</source>
        <translation>この期間の当番表は保存されていません。エクスポートする前に、当番表を生成して保存してください。</translation>
    </message>
    <message>
        <source>Export On-call Rota</source>
        <translation>オンコール当番表のエクスポート</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>On-call rota</source>
        <translation>オンコール当番表</translation>
    </message>
    <message>
        <source>Could not write the calendar: %1</source>
        <translation>カレンダーを書き込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n on-call duty(s) to %1.</source>
        <translation>
            <numerusform>%n 件のオンコール当番を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The generated plan is not saved, so it is not in the file.</source>
        <translation>生成した計画は保存されていないため、ファイルには含まれていません。</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>印刷日: %1</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Print On-call Rota</source>
        <translation>オンコール当番表の印刷</translation>
    </message>
</context>
<context>
    <name>csirtkit::ServiceCataloguePage</name>
    <message>
        <source>Service catalogue</source>
        <translation>サービスカタログ</translation>
    </message>
    <message>
        <source>Status of %1</source>
        <translation>%1の状態</translation>
    </message>
    <message>
        <source>Change service status</source>
        <translation>サービスの状態を変更</translation>
    </message>
    <message>
        <source>Change service scope</source>
        <translation>サービスの対象範囲を変更</translation>
    </message>
    <message>
        <source>Change service hours</source>
        <translation>サービスの対応時間を変更</translation>
    </message>
    <message>
        <source>Decide which services of the FIRST CSIRT Services Framework (v2.1) your CSIRT offers. Double-click the scope or hours to describe them; hover over a service to see its functions.</source>
        <translation>FIRST CSIRTサービスフレームワーク（v2.1）のサービスのうち、自組織のCSIRTが提供するものを決めます。対象範囲や対応時間はダブルクリックして記入します。サービスにマウスポインターを合わせると、その機能が表示されます。</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>対象範囲</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>対応時間</translation>
    </message>
    <message>
        <source>Print Service Catalogue</source>
        <translation>サービスカタログの印刷</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Print the catalogue as a table, or save it as PDF from the print dialog</source>
        <translation>カタログを表として印刷します。印刷ダイアログから PDF として保存することもできます</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>印刷日: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) offered, %1 planned, out of %2.</source>
        <translation>
            <numerusform>全%2サービス中、提供中 %n、提供予定 %1。</numerusform>
        </translation>
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
    <name>csirtkit::ShiftDialog</name>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（非アクティブ）</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Say who agreed to the change of people (for example the team lead).</source>
        <translation>当番の人の変更に誰が同意したかを入力してください（例: チームリーダー）。</translation>
    </message>
    <message>
        <source>Edit the on-call shift from %1</source>
        <translation>%1 からのオンコールシフトを編集</translation>
    </message>
    <message>
        <source>Select the two shifts whose primaries swap.</source>
        <translation>正担当を入れ替える 2 つのシフトを選択してください。</translation>
    </message>
    <message>
        <source>Say who agreed to the swap.</source>
        <translation>入れ替えに誰が同意したかを入力してください。</translation>
    </message>
    <message>
        <source>Swap the on-call duty of %1 and %2</source>
        <translation>%1 と %2 のオンコール当番を入れ替え</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n weekend day(s)</source>
        <translation>
            <numerusform>週末 %n 日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday(s)</source>
        <translation>
            <numerusform>祝日 %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Swap Shifts</source>
        <translation>シフトの入れ替え</translation>
    </message>
    <message>
        <source>The primaries of the two shifts change places. Who agreed to the swap?</source>
        <translation>2 つのシフトの正担当が入れ替わります。入れ替えに同意したのは誰ですか？</translation>
    </message>
</context>
<context>
    <name>csirtkit::StaffingTab</name>
    <message>
        <source>Staffing</source>
        <translation>人員計画</translation>
    </message>
    <message>
        <source>The parameters cannot give a result yet.</source>
        <translation>現在のパラメーターでは結果を計算できません。パラメーターを見直してください。</translation>
    </message>
    <message>
        <source>Needed %1 FTE, available %2 FTE: short by %3 FTE.</source>
        <translation>必要 %1 FTE、確保済み %2 FTE: %3 FTE 不足しています。</translation>
    </message>
    <message>
        <source>Needed %1 FTE, available %2 FTE: the team has enough time.</source>
        <translation>必要 %1 FTE、確保済み %2 FTE: チームの時間は足りています。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>Change staffing parameters</source>
        <translation>人員計画のパラメーターを変更</translation>
    </message>
</context>
<context>
    <name>csirtkit::TasksTab</name>
    <message>
        <source>Enter dates as YYYY-MM-DD; leave empty for no due date.</source>
        <translation>日付は YYYY-MM-DD の形式で入力してください。期限を設けない場合は空欄にします。</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>%1 に完了</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1（期限超過）</translation>
    </message>
    <message>
        <source>Overdue: this open task was due on %1.</source>
        <translation>期限超過: この未完了のタスクの期限は %1 でした。</translation>
    </message>
    <message>
        <source>Tasks (%1/%2)</source>
        <translation>タスク（%1/%2）</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>New &amp;task:</source>
        <translation>新しいタスク(&amp;T):</translation>
    </message>
    <message>
        <source>Describe a task and press Enter</source>
        <translation>タスクの内容を入力して Enter キーを押してください</translation>
    </message>
    <message>
        <source>Add task</source>
        <translation>タスクを追加</translation>
    </message>
    <message>
        <source>Remove task</source>
        <translation>タスクを削除</translation>
    </message>
    <message>
        <source>Removes the selected task (Delete).</source>
        <translation>選択したタスクを削除します（Delete）。</translation>
    </message>
    <message>
        <source>&amp;Playbook:</source>
        <translation>プレイブック(&amp;P):</translation>
    </message>
    <message>
        <source>Apply playbook</source>
        <translation>プレイブックを適用</translation>
    </message>
    <message>
        <source>Adds the playbook&apos;s tasks that this incident does not have yet.</source>
        <translation>プレイブックのタスクのうち、このインシデントにまだないものを追加します。</translation>
    </message>
    <message>
        <source>No tasks yet — apply a playbook or add one.</source>
        <translation>タスクはまだありません。プレイブックを適用するか、タスクを追加してください。</translation>
    </message>
    <message>
        <source>%1 (suggested for this category)</source>
        <translation>%1（この分類に推奨）</translation>
    </message>
    <message>
        <source>Suggested for this category</source>
        <translation>この分類に推奨されています</translation>
    </message>
    <message>
        <source>Classify the incident to get a suggested playbook.</source>
        <translation>インシデントを分類すると、推奨されるプレイブックが表示されます。</translation>
    </message>
    <message>
        <source>Mark task done</source>
        <translation>タスクを完了にする</translation>
    </message>
    <message>
        <source>Mark task not done</source>
        <translation>タスクを未完了に戻す</translation>
    </message>
    <message>
        <source>Change task owner</source>
        <translation>タスクの担当者を変更</translation>
    </message>
    <message>
        <source>“%1” is not a date. Enter the due date as YYYY-MM-DD (for example %2), or leave it empty for no due date.</source>
        <translation>「%1」は日付ではありません。期限は YYYY-MM-DD の形式（例: %2）で入力するか、期限を設けない場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>期限を変更</translation>
    </message>
    <message>
        <source>Type what needs to be done first, then add the task.</source>
        <translation>先に実施すべき作業を入力してから、タスクを追加してください。</translation>
    </message>
    <message>
        <source>Select the task you want to remove first.</source>
        <translation>先に削除するタスクを選択してください。</translation>
    </message>
    <message>
        <source>Remove the task “%1”? This cannot be undone.</source>
        <translation>タスク「%1」を削除しますか？この操作は元に戻せません。</translation>
    </message>
    <message>
        <source>This incident already has every task of that playbook.</source>
        <translation>このインシデントには、そのプレイブックのタスクがすべて登録済みです。</translation>
    </message>
</context>
<context>
    <name>csirtkit::TeamPage</name>
    <message>
        <source>Team</source>
        <translation>チーム</translation>
    </message>
</context>
<context>
    <name>csirtkit::TeamPlanDialog</name>
    <message>
        <source>Save Staffing Plan</source>
        <translation>人員計画書を保存</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;OpenDocument text (*.odt);;Web page (*.html);;Markdown (*.md)</source>
        <translation>PDF 文書 (*.pdf);;OpenDocument テキスト (*.odt);;Web ページ (*.html);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Staffing Plan</source>
        <translation>人員計画書</translation>
    </message>
    <message>
        <source>The staffing plan was saved to “%1”.</source>
        <translation>人員計画書を「%1」に保存しました。</translation>
    </message>
</context>
<context>
    <name>csirtkit::TrainingTab</name>
    <message>
        <source>No training planned. Propose items from the skill gaps of the team.</source>
        <translation>研修は計画されていません。チームのスキル不足から研修項目を提案してください。</translation>
    </message>
    <message>
        <source>Person #%1</source>
        <translation>要員 #%1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1（非アクティブ）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>期限超過</translation>
    </message>
    <message>
        <source>Change a training item</source>
        <translation>研修項目を変更</translation>
    </message>
    <message>
        <source>Delete a training item</source>
        <translation>研修項目を削除</translation>
    </message>
    <message>
        <source>Nothing new to propose: every skill gap of the team already has a training item.</source>
        <translation>新たに提案する項目はありません。チームのスキル不足には、すべて研修項目があります。</translation>
    </message>
    <message>
        <source>Propose training from the skill gaps</source>
        <translation>スキル不足から研修を提案</translation>
    </message>
    <message numerus="yes">
        <source>Added %n training item(s) from the skill gaps of the team.</source>
        <translation>
            <numerusform>チームのスキル不足から %n 件の研修項目を追加しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Training</source>
        <translation>研修</translation>
    </message>
</context>
<context>
    <name>csirtkit::TransitionDialog</name>
    <message>
        <source>Reopen…</source>
        <translation>再オープン…</translation>
    </message>
    <message>
        <source>Start Triage</source>
        <translation>トリアージを開始</translation>
    </message>
    <message>
        <source>Start Response</source>
        <translation>対応を開始</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>解決…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>クローズ…</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>却下…</translation>
    </message>
    <message>
        <source>Mark as Duplicate…</source>
        <translation>重複としてマーク…</translation>
    </message>
    <message>
        <source>Change Status</source>
        <translation>状態を変更</translation>
    </message>
    <message>
        <source>Comment for the journal (optional):</source>
        <translation>対応記録へのコメント（任意）:</translation>
    </message>
    <message>
        <source>Why is this not an incident, or out of scope? (required)</source>
        <translation>インシデントではない、または対象範囲外と判断した理由は何ですか？（必須）</translation>
    </message>
    <message>
        <source>Why is the incident reopened?</source>
        <translation>インシデントを再オープンする理由は何ですか？</translation>
    </message>
    <message>
        <source>Duplicate of:</source>
        <translation>重複元:</translation>
    </message>
    <message>
        <source>&amp;Lessons learned — what went well, what to improve, follow-up actions:</source>
        <translation>教訓(&amp;L) — うまくいったこと、改善すべきこと、今後の対応:</translation>
    </message>
    <message>
        <source>How was the incident resolved? (optional)</source>
        <translation>インシデントをどのように解決しましたか（任意）</translation>
    </message>
    <message>
        <source>Close anyway — say why below; it is written to the journal</source>
        <translation>このままクローズする — 理由を下に記入してください。対応記録に残ります</translation>
    </message>
    <message>
        <source>Resolve anyway — say why below; it is written to the journal</source>
        <translation>このまま解決にする — 理由を下に記入してください。対応記録に残ります</translation>
    </message>
    <message>
        <source>Still open:</source>
        <translation>未完了の項目:</translation>
    </message>
    <message>
        <source>Why go on with these items still open? (required, written to the journal)</source>
        <translation>未完了の項目があるまま進める理由（必須。対応記録に残ります）:</translation>
    </message>
</context>
<context>
    <name>csirtkit::WorksheetPage</name>
    <message>
        <source>Worksheets</source>
        <translation>ワークシート</translation>
    </message>
    <message>
        <source>Complete.</source>
        <translation>すべて記入済みです。</translation>
    </message>
    <message>
        <source>Still to do: %1</source>
        <translation>残りの作業: %1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1を編集</translation>
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
        <source>%1 failed because the workspace cannot be written here. Nothing was changed; work on a writable copy of it.</source>
        <translation>%1に失敗しました。ここではワークスペースに書き込めません。何も変更されていません。書き込み可能なコピーで作業してください。</translation>
    </message>
    <message>
        <source>%1 failed because the disk is full. Nothing was changed; free some space and try again.</source>
        <translation>%1に失敗しました。ディスクの空き容量が不足しています。何も変更されていません。空き容量を確保してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Writing the workspace</source>
        <translation>ワークスペースへの書き込み</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CSIRT Kit command line: workspace jobs without the window.</source>
        <translation>CSIRT Kitコマンドライン: ウィンドウを開かずにワークスペースを操作します。</translation>
    </message>
    <message>
        <source>Message language: en or ja.</source>
        <translation>メッセージの言語：en または ja。</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>バージョンを表示します。</translation>
    </message>
    <message>
        <source>One of the commands below.</source>
        <translation>下記のコマンドのいずれか。</translation>
    </message>
</context>
</TS>
