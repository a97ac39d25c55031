#include "phases/WorksheetPage.h"

#include "common/TextRules.h"

#include "ui_ApprovalWorksheet.h"
#include "ui_CharterWorksheet.h"
#include "ui_FrameworkWorksheet.h"
#include "ui_ScopeWorksheet.h"

#include "common/FunctionCommand.h"
#include "phases/WorksheetRepository.h"
#include "workspace/WorkspaceSession.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csirtkit {

namespace {

QString camel(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('_'));
    QString name = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i)
        name += parts.at(i).left(1).toUpper() + parts.at(i).mid(1);
    return name;
}

template<typename UiForm>
QWidget *makeForm(std::function<void()> &retranslate)
{
    auto *widget = new QWidget;
    auto ui = std::make_shared<UiForm>();
    ui->setupUi(widget);
    retranslate = [ui, widget] { ui->retranslateUi(widget); };
    return widget;
}

} // namespace

struct WorksheetPage::Sheet
{
    QString kind;
    QWidget *form = nullptr;
    QLabel *problems = nullptr;
    std::function<void()> retranslate;
};

WorksheetPage::WorksheetPage(QWidget *parent)
    : Page(parent), m_titleLabel(new QLabel(this)), m_error(new QLabel(this)), m_tabs(new QTabWidget(this))
{
    m_tabs->setObjectName(QStringLiteral("worksheetTabWidget"));
    m_error->setObjectName(QStringLiteral("worksheetErrorLabel"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_titleLabel->setFont(big);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    m_error->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addWidget(m_titleLabel);
    layout->addWidget(m_error);
    layout->addWidget(m_tabs, 1);
    for (const QString &kind : Worksheets::kinds()) {
        auto sheet = std::make_unique<Sheet>();
        sheet->kind = kind;
        if (kind == QLatin1String("charter"))
            sheet->form = makeForm<::Ui::CharterWorksheet>(sheet->retranslate);
        else if (kind == QLatin1String("scope"))
            sheet->form = makeForm<::Ui::ScopeWorksheet>(sheet->retranslate);
        else if (kind == QLatin1String("framework"))
            sheet->form = makeForm<::Ui::FrameworkWorksheet>(sheet->retranslate);
        else
            sheet->form = makeForm<::Ui::ApprovalWorksheet>(sheet->retranslate);
        sheet->problems = sheet->form->findChild<QLabel *>(QStringLiteral("problemsLabel"));
        auto *scroll = new QScrollArea(m_tabs);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        scroll->setWidget(sheet->form);
        m_tabs->addTab(scroll, Worksheets::title(kind));
        bind(*sheet);
        m_sheets.push_back(std::move(sheet));
    }
    m_titleLabel->setText(tr("Worksheets"));
}

WorksheetPage::~WorksheetPage() = default;

void WorksheetPage::bind(Sheet &sheet)
{
    for (const Worksheets::Field &f : Worksheets::fields(sheet.kind)) {
        const QString base = camel(f.key);
        const QString kind = sheet.kind;
        const QString key = f.key;
        if (auto *line = sheet.form->findChild<QLineEdit *>(base + QStringLiteral("LineEdit"))) {
            connect(line, &QLineEdit::editingFinished, this, [this, kind, key, line] { commit(kind, key, line->text()); });
        } else if (auto *text = sheet.form->findChild<QPlainTextEdit *>(base + QStringLiteral("PlainTextEdit"))) {
            text->setProperty("worksheetKind", kind);
            text->setProperty("worksheetKey", key);
            text->installEventFilter(this);
        } else if (auto *table = sheet.form->findChild<QTableWidget *>(base + QStringLiteral("TableWidget"))) {
            table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
            const QStringList columns = f.columns;
            connect(table, &QTableWidget::itemChanged, this, [this, kind, key, table, columns] {
                if (!m_loading)
                    commit(kind, key, tableValue(table, columns));
            });
            if (auto *add = sheet.form->findChild<QPushButton *>(base + QStringLiteral("AddPushButton")))
                connect(add, &QPushButton::clicked, this, [table] {
                    const int row = table->rowCount();
                    table->insertRow(row);
                    table->setCurrentCell(row, 0);
                    table->edit(table->model()->index(row, 0));
                });
            if (auto *remove = sheet.form->findChild<QPushButton *>(base + QStringLiteral("RemovePushButton")))
                connect(remove, &QPushButton::clicked, this, [this, kind, key, table, columns] {
                    const int row = table->currentRow();
                    if (row < 0)
                        return;
                    m_loading = true;
                    table->removeRow(row);
                    m_loading = false;
                    commit(kind, key, tableValue(table, columns));
                });
        }
    }
}

QJsonValue WorksheetPage::tableValue(const QTableWidget *table, const QStringList &columns) const
{
    QJsonArray rows;
    for (int r = 0; r < table->rowCount(); ++r) {
        QJsonObject row;
        for (int c = 0; c < columns.size(); ++c)
            row.insert(columns.at(c), table->item(r, c) ? table->item(r, c)->text() : QString());
        rows.append(row);
    }
    return rows;
}

void WorksheetPage::setSession(WorkspaceSession *session)
{
    m_session = session;
    connect(session, &WorkspaceSession::changed, this, [this](const QString &entity) {
        if (entity == QLatin1String("worksheet") || entity == QLatin1String("org_profile")) // the framework shows the profile's mission
            reload();
    });
    showError(QString());
    reload();
}

bool WorksheetPage::showWorksheet(const QString &kind)
{
    const int index = int(Worksheets::kinds().indexOf(kind));
    if (index < 0)
        return false;
    m_tabs->setCurrentIndex(index);
    return true;
}

QString WorksheetPage::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void WorksheetPage::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

void WorksheetPage::reload()
{
    if (!m_session)
        return;
    WorksheetRepository repo(m_session->workspace());
    const bool editable = !m_session->isReadOnly();
    m_loading = true;
    for (const auto &sheet : m_sheets) {
        auto values = repo.load(sheet->kind);
        if (!values)
            continue;
        m_values.insert(sheet->kind, *values);
        for (const Worksheets::Field &f : Worksheets::fields(sheet->kind)) {
            const QString base = camel(f.key);
            const QJsonValue v = values->value(f.key);
            if (auto *line = sheet->form->findChild<QLineEdit *>(base + QStringLiteral("LineEdit"))) {
                if (line->text() != v.toString()) {
                    line->setText(v.toString());
                    if (!line->hasFocus())
                        line->setCursorPosition(0); // a long value shows its start
                }
                line->setReadOnly(!editable);
            } else if (auto *text = sheet->form->findChild<QPlainTextEdit *>(base + QStringLiteral("PlainTextEdit"))) {
                if (text->toPlainText() != v.toString())
                    text->setPlainText(v.toString());
                text->setReadOnly(!editable);
            } else if (auto *table = sheet->form->findChild<QTableWidget *>(base + QStringLiteral("TableWidget"))) {
                const QJsonArray rows = v.toArray();
                table->setRowCount(int(rows.size()));
                for (int r = 0; r < rows.size(); ++r)
                    for (int c = 0; c < f.columns.size(); ++c)
                        table->setItem(r, c, new QTableWidgetItem(rows.at(r).toObject().value(f.columns.at(c)).toString()));
                table->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers : QAbstractItemView::NoEditTriggers);
                for (const char *suffix : { "AddPushButton", "RemovePushButton" })
                    if (auto *button = sheet->form->findChild<QPushButton *>(base + QLatin1StringView(suffix)))
                        button->setEnabled(editable);
            }
        }
        const QStringList problems = Worksheets::problems(sheet->kind, *values);
        sheet->problems->setText(problems.isEmpty() ? tr("Complete.") : tr("Still to do: %1").arg(TextRules::sentences(problems)));
    }
    m_loading = false;
}

bool WorksheetPage::commit(const QString &kind, const QString &key, const QJsonValue &value)
{
    if (!m_session || m_session->isReadOnly())
        return false;
    auto valid = Worksheets::validate(kind, key, value);
    if (!valid) {
        showError(valid.error().message);
        return false; // the typed value stays on screen so it can be corrected
    }
    showError(QString());
    const QJsonValue old = m_values.value(kind).value(key);
    if (old == *valid || (old.isUndefined() && valid->toString().isEmpty() && !valid->isArray()))
        return true;
    WorkspaceSession *session = m_session;
    const QJsonValue next = *valid;
    m_session->undoStack()->push(new FunctionCommand(
        session, QStringLiteral("worksheet"), tr("Edit %1").arg(Worksheets::label(kind, key)),
        [session, kind, key, next]() -> Result<void> {
            auto r = WorksheetRepository(session->workspace()).setField(kind, key, next);
            if (!r)
                return r.error();
            return {};
        },
        [session, kind, key, old]() -> Result<void> {
            const bool rows = Worksheets::field(kind, key) && Worksheets::field(kind, key)->type == Worksheets::Type::Rows;
            const QJsonValue empty = rows ? QJsonValue(QJsonArray()) : QJsonValue(QString());
            auto r = WorksheetRepository(session->workspace()).setField(kind, key, old.isUndefined() ? empty : old);
            if (!r)
                return r.error();
            return {};
        }));
    return true;
}

bool WorksheetPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        if (auto *text = qobject_cast<QPlainTextEdit *>(watched))
            commit(text->property("worksheetKind").toString(), text->property("worksheetKey").toString(), text->toPlainText());
    }
    return Page::eventFilter(watched, event);
}

void WorksheetPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_titleLabel->setText(tr("Worksheets"));
        for (int i = 0; i < int(m_sheets.size()); ++i) {
            m_sheets.at(i)->retranslate();
            m_tabs->setTabText(i, Worksheets::title(m_sheets.at(i)->kind));
        }
        Q_EMIT titleChanged();
        reload();
    }
}

} // namespace csirtkit
