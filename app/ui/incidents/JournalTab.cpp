#include "incidents/JournalTab.h"

#include "common/Language.h"

#include "common/Config.h"
#include "common/MessageBox.h"
#include "common/ToolTip.h"
#include "incidents/IncidentJournal.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include "workspace/IntegrityLedger.h"
#include "workspace/Workspace.h"
#include <QAbstractTableModel>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <utility>

namespace csirtkit {

namespace {

enum Column { SequenceColumn, TimeColumn, AuthorColumn, KindColumn, TextColumn, RevisionColumn, ColumnCount };
constexpr int EntryIdRole = Qt::UserRole + 1;
// A row shows the start of a long entry; its tooltip shows more.
constexpr int ShownLines = 8;
constexpr int ShownChars = 600;
constexpr int ToolTipChars = 4000;

QString kindLabel(const QString &kind)
{
    if (kind == QLatin1String("action"))
        return JournalTab::tr("Action");
    if (kind == QLatin1String("decision"))
        return JournalTab::tr("Decision");
    if (kind == QLatin1String("communication"))
        return JournalTab::tr("Communication");
    if (kind == QLatin1String("note"))
        return JournalTab::tr("Note");
    if (kind == QLatin1String("status"))
        return JournalTab::tr("Status change");
    return kind;
}

QString shortened(const QString &text, int maxLines, int maxChars)
{
    QString shown = text.section(QLatin1Char('\n'), 0, maxLines - 1).left(maxChars);
    if (shown.size() < text.size())
        shown += QChar(0x2026); // …
    return shown;
}

} // namespace

// The entries of one incident, ordered by sequence, with which entry revises which.
class JournalTab::Model : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(const QList<JournalRecord> &entries, const QTimeZone &zone)
    {
        beginResetModel();
        m_entries = entries;
        m_zone = zone;
        m_sequenceOf.clear();
        m_revisedBy.clear();
        for (const JournalRecord &e : entries)
            m_sequenceOf.insert(e.id, e.sequence);
        for (const JournalRecord &e : entries)
            if (e.revises)
                m_revisedBy[e.revises].append(e.sequence);
        endResetModel();
    }
    void setProblems(const QHash<qint64, QString> &problems)
    {
        m_problems = problems;
        refresh();
    }
    void retranslate()
    {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        refresh();
    }
    void refresh()
    {
        if (!m_entries.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    const QTimeZone &zone() const { return m_zone; }
    const JournalRecord *entryAt(int row) const { return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr; }
    int rowOf(qint64 entryId) const
    {
        for (int row = 0; row < m_entries.size(); ++row)
            if (m_entries.at(row).id == entryId)
                return row;
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_entries.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case SequenceColumn: return JournalTab::tr("#");
        case TimeColumn: return JournalTab::tr("Time");
        case AuthorColumn: return JournalTab::tr("Author");
        case KindColumn: return JournalTab::tr("Kind");
        case TextColumn: return JournalTab::tr("Entry");
        case RevisionColumn: return JournalTab::tr("Revision");
        default: return {};
        }
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const JournalRecord *e = entryAt(index.row());
        if (!e)
            return {};
        const bool revised = m_revisedBy.contains(e->id);
        const QString problem = m_problems.value(e->id);
        switch (role) {
        case EntryIdRole: return e->id;
        case Qt::DisplayRole: return display(*e, index.column(), !problem.isEmpty());
        case Qt::ToolTipRole:
            if (!problem.isEmpty())
                return problem; // our own sentence, naming the incident and entry number
            if (index.column() == TextColumn)
                return plainToolTip(shortened(e->text, 200, ToolTipChars));
            if (index.column() == TimeColumn)
                return QString(e->atUtc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QLatin1Char(' ')
                               + WorkspaceTimeZone::label(m_zone));
            return {};
        case Qt::FontRole:
            if (revised && index.column() == TextColumn) {
                QFont font;
                font.setStrikeOut(true);
                return font;
            }
            return {};
        case Qt::ForegroundRole:
            if (!problem.isEmpty())
                return QBrush(QColor(0xd9, 0x30, 0x25));
            if (revised)
                return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            return {};
        default: return {};
        }
    }

private:
    QVariant display(const JournalRecord &e, int column, bool broken) const
    {
        switch (column) {
        case SequenceColumn: return broken ? QStringLiteral("%1 \u26A0").arg(e.sequence) : QString::number(e.sequence);
        case TimeColumn: return WorkspaceTimeZone::format(e.atUtc, m_zone);
        case AuthorColumn: return e.author;
        case KindColumn: return kindLabel(e.kind);
        case TextColumn: return shortened(IncidentJournal::shownText(e, Language::current()), ShownLines, ShownChars);
        case RevisionColumn: {
            QStringList notes;
            if (e.revises)
                notes << JournalTab::tr("Revision of #%1").arg(m_sequenceOf.value(e.revises));
            if (const auto by = m_revisedBy.value(e.id); !by.isEmpty()) {
                QStringList numbers;
                for (int sequence : by)
                    numbers << QStringLiteral("#%1").arg(sequence);
                notes << JournalTab::tr("Revised by %1").arg(numbers.join(QStringLiteral(", ")));
            }
            return notes.join(QLatin1Char('\n'));
        }
        default: return {};
        }
    }

    QList<JournalRecord> m_entries;
    QTimeZone m_zone;
    QHash<qint64, int> m_sequenceOf;       // entry id → sequence
    QHash<qint64, QList<int>> m_revisedBy; // entry id → sequences of its revisions
    QHash<qint64, QString> m_problems;     // entry id → why its integrity check failed
};

JournalTab::JournalTab(QWidget *parent)
    : RecordTab(parent), m_model(new Model(this)), m_zoneLabel(new QLabel(this)), m_emptyLabel(new QLabel(this)),
      m_view(new QTreeView(this)), m_revise(new QPushButton(this)), m_verify(new QPushButton(this)),
      m_kindLabel(new QLabel(this)), m_kind(new QComboBox(this)), m_text(new QPlainTextEdit(this)),
      m_add(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("journalView"));
    m_kind->setObjectName(QStringLiteral("journalKindComboBox"));
    m_text->setObjectName(QStringLiteral("journalTextEdit"));
    m_add->setObjectName(QStringLiteral("addJournalEntryButton"));
    m_revise->setObjectName(QStringLiteral("reviseJournalEntryButton"));
    m_verify->setObjectName(QStringLiteral("verifyJournalButton"));
    m_zoneLabel->setObjectName(QStringLiteral("journalZoneLabel"));
    m_emptyLabel->setObjectName(QStringLiteral("journalEmptyLabel"));
    for (QLabel *label : { m_zoneLabel, m_emptyLabel, m_kindLabel })
        label->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->hide();

    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(false);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    for (int column : { SequenceColumn, TimeColumn, AuthorColumn, KindColumn, RevisionColumn })
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TextColumn, QHeaderView::Stretch);

    for (const QString &kind : IncidentJournal::kinds())
        if (kind != QLatin1String("status")) // written by status transitions only
            m_kind->addItem(kindLabel(kind), kind);
    m_kindLabel->setBuddy(m_kind);
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    auto *addAction = new QAction(m_text);
    addAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    addAction->setShortcutContext(Qt::WidgetShortcut);
    m_text->addAction(addAction);

    auto *top = new QHBoxLayout;
    top->addWidget(m_zoneLabel, 1);
    top->addWidget(m_revise);
    top->addWidget(m_verify);
    auto *form = new QHBoxLayout;
    form->addWidget(m_kindLabel);
    form->addWidget(m_kind);
    form->addStretch(1);
    form->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(form);
    layout->addWidget(m_text);

    connect(m_add, &QPushButton::clicked, this, &JournalTab::addEntry);
    connect(addAction, &QAction::triggered, this, &JournalTab::addEntry);
    connect(m_revise, &QPushButton::clicked, this, &JournalTab::reviseEntry);
    connect(m_view, &QTreeView::doubleClicked, this, &JournalTab::reviseEntry);
    connect(m_verify, &QPushButton::clicked, this, &JournalTab::verifyIntegrity);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalTab::updateButtons);
    retranslate();
    updateButtons();
}

JournalTab::~JournalTab() = default;

QString JournalTab::title() const
{
    return m_session ? tr("Journal (%1)").arg(m_model->rowCount()) : tr("Journal");
}

void JournalTab::startIncident()
{
    m_text->clear();
    m_kind->setCurrentIndex(0);
    m_model->setProblems({});
    m_scrollToEnd = true; // a journal opens at its newest entries
}


void JournalTab::retranslate()
{
    m_kindLabel->setText(tr("&Kind:"));
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, kindLabel(m_kind->itemData(i).toString()));
    m_text->setPlaceholderText(tr("What was done, decided or communicated? (Ctrl+Return adds the entry)"));
    m_add->setText(tr("Add entry"));
    m_add->setToolTip(tr("Adds the entry to the journal with your name and the current time (Ctrl+Return). "
                         "Entries cannot be changed afterwards, only revised."));
    m_revise->setText(tr("Revise…"));
    m_revise->setToolTip(tr("Adds a corrected version of the selected entry; the original stays visible."));
    m_verify->setText(tr("Verify integrity"));
    m_verify->setToolTip(tr("Checks that nothing in this incident — its journal entries, fields and records — was changed or deleted outside CSIRT Kit."));
    m_emptyLabel->setText(tr("No journal entries yet."));
    if (m_session)
        m_zoneLabel->setText(tr("Times in %1").arg(WorkspaceTimeZone::label(m_model->zone())));
    m_model->retranslate();
}

Result<void> JournalTab::refresh()
{
    const int oldCount = m_model->rowCount();
    const qint64 selected = currentEntryId();
    auto entries = IncidentJournal(m_session->workspace()).entries(m_incidentId);
    m_model->setEntries(entries ? *entries : QList<JournalRecord>(), m_zone);
    m_zoneLabel->setText(tr("Times in %1").arg(WorkspaceTimeZone::label(m_model->zone())));
    if (const int row = m_model->rowOf(selected); row >= 0)
        m_view->setCurrentIndex(m_model->index(row, TextColumn));
    const int count = m_model->rowCount();
    m_emptyLabel->setVisible(count == 0);
    if (count > oldCount || std::exchange(m_scrollToEnd, false))
        m_view->scrollToBottom(); // newest last: show what was just added
    if (!entries)
        return entries.error();
    return {};
}

qint64 JournalTab::currentEntryId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(EntryIdRole).toLongLong() : 0;
}

void JournalTab::updateButtons()
{
    const bool editable = writable();
    m_add->setEnabled(editable);
    m_kind->setEnabled(editable);
    m_text->setReadOnly(!editable);
    m_revise->setEnabled(editable && currentEntryId() != 0);
    m_verify->setEnabled(m_session != nullptr);
}

void JournalTab::addEntry()
{
    if (!m_session || m_session->isReadOnly())
        return;
    const QString text = m_text->toPlainText().trimmed();
    if (text.isEmpty()) {
        MessageBox::information(this, tr("Journal"),
                                tr("The entry is empty. Write what was done, decided or communicated, then add it."));
        m_text->setFocus();
        return;
    }
    if (append(m_kind->currentData().toString(), text, 0))
        m_text->clear();
}

void JournalTab::reviseEntry()
{
    if (!m_session || m_session->isReadOnly())
        return;
    const JournalRecord *entry = m_model->entryAt(m_view->currentIndex().row());
    if (!entry) {
        MessageBox::information(this, tr("Journal"), tr("Select the entry you want to revise first."));
        return;
    }
    // A status change is written by a transition; its correction is a note.
    const QString kind = entry->kind == QLatin1String("status") ? QStringLiteral("note") : entry->kind;
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("reviseJournalEntryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Revise journal entry"));
    dialog->setLabelText(tr("Entry #%1 stays in the journal as it is. Enter the corrected text; "
                            "it is added as a revision of #%1.")
                             .arg(entry->sequence));
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    dialog->setTextValue(entry->text);
    dialog->setOkButtonText(tr("Add revision"));
    connect(dialog, &QInputDialog::textValueSelected, this,
            [this, id = entry->id, kind, original = entry->text](const QString &text) { writeRevision(id, kind, original, text); });
    dialog->open();
}

void JournalTab::writeRevision(qint64 entryId, const QString &kind, const QString &original, const QString &text)
{
    const QString corrected = text.trimmed();
    if (corrected.isEmpty()) {
        MessageBox::information(this, tr("Journal"), tr("The revision is empty, so nothing was added. "
                                                        "Enter the corrected text of the entry."));
        return;
    }
    if (corrected == original.trimmed()) {
        MessageBox::information(this, tr("Journal"), tr("The text is unchanged, so no revision was added."));
        return;
    }
    append(kind, corrected, entryId);
}

bool JournalTab::append(const QString &kind, const QString &text, qint64 revises)
{
    const QString author = Config::get(Config::Key::UserName).toString();
    auto id = IncidentJournal(m_session->workspace()).append(m_incidentId, kind, text, author, revises);
    if (!id) {
        MessageBox::critical(this, tr("Journal"), id.error().message);
        return false;
    }
    m_session->notifyChanged(QStringLiteral("incident"));
    return true;
}

void JournalTab::verifyIntegrity()
{
    if (!m_session)
        return;
    reload(); // check what is in the file now
    auto problems = IncidentJournal(m_session->workspace()).verify(m_incidentId);
    if (!problems) {
        MessageBox::critical(this, tr("Journal integrity"), problems.error().message);
        return;
    }
    QHash<qint64, QString> marks;
    QStringList messages;
    for (const IncidentJournal::Problem &p : std::as_const(*problems)) {
        if (p.entryId)
            marks.insert(p.entryId, p.message);
        messages << p.message;
    }
    m_model->setProblems(marks);
    // The incident's fields and other records, against the integrity ledger.
    if (m_session->workspace().schemaVersion() >= 10) {
        auto sealed = IntegrityLedger::verifyIncident(m_session->workspace().db(), m_incidentId);
        if (!sealed) {
            MessageBox::critical(this, tr("Journal integrity"), sealed.error().message);
            return;
        }
        for (const auto &finding : std::as_const(*sealed))
            messages << finding.message;
    }
    if (messages.isEmpty()) {
        MessageBox::information(this, tr("Journal integrity"),
                                tr("All %n entries are intact.", nullptr, m_model->rowCount()));
        return;
    }
    MessageBox::critical(this, tr("Journal integrity"),
                         tr("This incident was changed outside CSIRT Kit:") + QStringLiteral("\n\n")
                             + messages.join(QLatin1Char('\n'))
                             + QStringLiteral("\n\n")
                             + tr("Keep the file as it is for investigation and compare it with a backup."));
}

} // namespace csirtkit
