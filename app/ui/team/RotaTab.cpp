#include "team/RotaTab.h"

#include "ui_RotaTab.h"

#include "common/DateFormat.h"
#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "common/TextRules.h"
#include "common/ToolTip.h"
#include "documents/DocumentBuilder.h"
#include "org/OrgProfileRepository.h"
#include "team/ICalendarWriter.h"
#include "team/RoleCatalogue.h"
#include "team/RotaRepository.h"
#include "team/ShiftDialog.h"
#include "team/TeamCoverage.h"
#include "team/TeamEditCommand.h"
#include "workspace/OutputTarget.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrinter>
#include <QScopedValueRollback>
#include <QTextDocument>

#include <optional>

namespace csirtkit {

namespace {

enum Column { PeriodColumn, PrimaryColumn, SecondaryColumn, NoteColumn, HandoverColumn, ColumnCount };
constexpr int StartRole = Qt::UserRole; // on the period cell: the shift's first day

// A soft red mixed into the base colour, so that the palette's text colour reads on it, light or dark.
QColor problemBackground(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    return QColor((base.red() * 7 + 220 * 3) / 10, (base.green() * 7 + 50 * 3) / 10, (base.blue() * 7 + 47 * 3) / 10);
}

void showMessage(QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

// Shows a refusal's message in `label` (or clears it); true when `result` is a success.
bool report(QLabel *label, const Result<void> &result)
{
    showMessage(label, result ? QString() : result.error().message);
    return result.ok();
}

std::optional<RotaShift> findShift(const QList<RotaShift> &shifts, QDate start)
{
    const auto it = std::find_if(shifts.begin(), shifts.end(), [start](const RotaShift &s) { return s.start == start; });
    return it == shifts.end() ? std::nullopt : std::optional(*it);
}

} // namespace

struct RotaTab::State
{
    RotaSettings settings;
    QList<RotaPerson> eligible;
    QList<RotaAbsence> absences;
    QList<Person> people; // everyone, in name order
    QHash<qint64, QString> names;
    QHash<QDate, RotaEntry> stored;           // the saved shifts of the range, by first day
    QList<RotaShift> storedShifts;
    std::optional<RotaPlan> preview; // generated, not saved
    QList<RotaShift> shown;          // the preview's shifts or the saved ones
    QList<RotaProblem> problems;
    QDate onDuty;          // first day of the shift on duty now
};

RotaTab::RotaTab(QWidget *parent) : TeamTab(parent), m_ui(std::make_unique<::Ui::RotaTab>()), m_state(std::make_unique<State>())
{
    m_ui->setupUi(this);
    m_ui->rotaErrorLabel->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    m_ui->settingsScrollArea->setMinimumWidth(m_ui->settingsScrollContents->sizeHint().width()
                                              + style()->pixelMetric(QStyle::PM_ScrollBarExtent));
    m_ui->rotaSplitter->setStretchFactor(1, 1);
    m_ui->tablesSplitter->setStretchFactor(0, 1);
    m_ui->tablesSplitter->setSizes({ 230, 60, 180 });
    for (int column : { PeriodColumn, PrimaryColumn, SecondaryColumn, NoteColumn })
        m_ui->rotaTableWidget->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_ui->fairnessTableWidget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    m_ui->fromDateEdit->setDate(monday);
    m_ui->toDateEdit->setDate(monday.addDays(8 * 7 - 1));
    connect(m_ui->applySettingsPushButton, &QPushButton::clicked, this, [this] { applySettings(); });
    connect(m_ui->generatePushButton, &QPushButton::clicked, this, [this] { generate(); });
    connect(m_ui->savePushButton, &QPushButton::clicked, this, [this] { saveRota(); });
    connect(m_ui->editShiftPushButton, &QPushButton::clicked, this, [this] { editShift(m_ui->rotaTableWidget->currentRow()); });
    connect(m_ui->swapPushButton, &QPushButton::clicked, this, &RotaTab::swapSelected);
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, [this] { exportICalendar(); });
    connect(m_ui->rotaPrintPushButton, &QPushButton::clicked, this, &RotaTab::print);
    connect(m_ui->rotaTableWidget, &QTableWidget::cellDoubleClicked, this, [this](int row) { editShift(row); });
    connect(m_ui->rotaTableWidget, &QTableWidget::itemSelectionChanged, this, &RotaTab::updateButtons);
    connect(m_ui->problemsListWidget, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *item) { select(item->data(Qt::UserRole).toString()); });
    for (QDateEdit *edit : { m_ui->fromDateEdit, m_ui->toDateEdit })
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_loading)
                setRange(rangeFrom(), rangeTo());
        });
    connect(m_ui->periodComboBox, &QComboBox::currentIndexChanged, this, &RotaTab::updateButtons);
    connect(m_ui->roleRadioButton, &QRadioButton::toggled, this, &RotaTab::updateButtons);
    updateButtons();
}

RotaTab::~RotaTab() = default;

void RotaTab::setSession(WorkspaceSession *session)
{
    m_state->preview.reset();
    TeamTab::setSession(session);
    m_ui->settingsScrollContents->setEnabled(!session->isReadOnly());
    showMessage(m_ui->rotaErrorLabel, QString());
    reload(); // now, hidden or not: whether a rota is saved decides whether the rules open
    m_ui->settingsToolButton->setChecked(m_state->storedShifts.isEmpty()); // the rules first, until a rota is saved
}

QDate RotaTab::rangeFrom() const
{
    return m_ui->fromDateEdit->date();
}

QDate RotaTab::rangeTo() const
{
    return m_ui->toDateEdit->date();
}

void RotaTab::setRange(QDate from, QDate to)
{
    m_loading = true;
    m_ui->fromDateEdit->setDate(from);
    m_ui->toDateEdit->setDate(to);
    m_loading = false;
    m_state->preview.reset();
    reload();
}

void RotaTab::reload()
{
    if (!m_session)
        return;
    Workspace &workspace = m_session->workspace();
    RotaRepository repo(workspace);
    auto settings = repo.settings();
    auto eligible = repo.eligible();
    auto absences = repo.absences();
    auto entries = repo.entries(rangeFrom(), rangeTo());
    auto team = TeamState::load(workspace);
    for (const Error *e : { settings ? nullptr : &settings.error(), eligible ? nullptr : &eligible.error(),
                            absences ? nullptr : &absences.error(), entries ? nullptr : &entries.error(),
                            team ? nullptr : &team.error() })
        if (e)
            return showMessage(m_ui->rotaErrorLabel, e->message);
    State &s = *m_state;
    s.settings = *settings;
    s.eligible = *eligible;
    s.absences = *absences;
    s.people = team->people;
    std::sort(s.people.begin(), s.people.end(),
              [](const Person &a, const Person &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    s.names.clear();
    for (const Person &p : std::as_const(s.people))
        s.names.insert(p.id, p.name);
    s.stored.clear();
    s.storedShifts.clear();
    for (const RotaEntry &e : std::as_const(*entries)) {
        s.stored.insert(e.shift.start, e);
        s.storedShifts << e.shift;
    }
    if (s.preview) { // a team change (a hand edit, other people) shows in the plan at once
        auto plan = repo.plan(rangeFrom(), rangeTo());
        s.preview = plan ? std::optional(*plan) : std::nullopt;
        if (!plan)
            showMessage(m_ui->rotaErrorLabel, plan.error().message);
    }
    loadSettingsForm(*team);
    fillNowAndNext();
    fillTable();
    updateButtons();
}

void RotaTab::loadSettingsForm(const TeamState &team)
{
    const QScopedValueRollback guard(m_loading, true);
    const RotaSettings &s = m_state->settings;
    m_ui->periodComboBox->setCurrentIndex(int(s.rules.period));
    m_ui->weekStartComboBox->setCurrentIndex(int(s.rules.weekStart) - 1);
    m_ui->handoverTimeEdit->setTime(s.rules.handover);
    m_ui->maxConsecutiveSpinBox->setValue(s.rules.maxConsecutive);
    m_ui->minRestSpinBox->setValue(s.rules.minRestHours);
    m_ui->secondaryCheckBox->setChecked(s.rules.secondary);
    m_ui->escalateSecondarySpinBox->setValue(s.escalateToSecondaryMinutes);
    m_ui->escalateCommanderSpinBox->setValue(s.escalateToCommanderMinutes);
    m_ui->roleComboBox->clear();
    for (const EffectiveRole *role : team.teamRoles())
        m_ui->roleComboBox->addItem(TextRules::visible(role->title.in(Language::current())), role->key);
    if (!s.role.isEmpty() && m_ui->roleComboBox->findData(s.role) < 0) {
        const TeamRole *role = RoleCatalogue::instance().role(s.role);
        m_ui->roleComboBox->addItem(role ? role->title.in(Language::current()) : s.role, s.role);
    }
    m_ui->roleComboBox->setCurrentIndex(std::max(0, m_ui->roleComboBox->findData(s.role)));
    m_ui->peopleListWidget->clear();
    for (const Person &p : std::as_const(m_state->people)) {
        if (!p.active && !s.people.contains(p.id))
            continue;
        const QString name = TextRules::visible(p.name);
        auto *item = new QListWidgetItem(p.active ? name : tr("%1 (inactive)").arg(name), m_ui->peopleListWidget);
        item->setData(Qt::UserRole, p.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(s.people.contains(p.id) ? Qt::Checked : Qt::Unchecked);
    }
    (s.people.isEmpty() ? m_ui->roleRadioButton : m_ui->peopleRadioButton)->setChecked(true);
}

RotaSettings RotaTab::formSettings(QString *problem) const
{
    RotaSettings s = m_state->settings;
    s.rules.period = RotaPeriod(m_ui->periodComboBox->currentIndex());
    s.rules.weekStart = Qt::DayOfWeek(m_ui->weekStartComboBox->currentIndex() + 1);
    s.rules.handover = m_ui->handoverTimeEdit->time();
    s.rules.maxConsecutive = m_ui->maxConsecutiveSpinBox->value();
    s.rules.minRestHours = m_ui->minRestSpinBox->value();
    s.rules.secondary = m_ui->secondaryCheckBox->isChecked();
    s.escalateToSecondaryMinutes = m_ui->escalateSecondarySpinBox->value();
    s.escalateToCommanderMinutes = m_ui->escalateCommanderSpinBox->value();
    s.people.clear();
    if (m_ui->roleRadioButton->isChecked())
        s.role = m_ui->roleComboBox->currentData().toString();
    for (int i = 0; m_ui->peopleRadioButton->isChecked() && i < m_ui->peopleListWidget->count(); ++i)
        if (m_ui->peopleListWidget->item(i)->checkState() == Qt::Checked)
            s.people << m_ui->peopleListWidget->item(i)->data(Qt::UserRole).toLongLong();
    if (problem)
        *problem = m_ui->peopleRadioButton->isChecked() && s.people.isEmpty()
            ? tr("Tick the people who take on-call duty, or choose the role whose holder and deputies do.")
            : s.problem();
    return s;
}

bool RotaTab::settingsChanged() const
{
    RotaSettings form = formSettings(nullptr);
    RotaSettings saved = m_state->settings;
    saved.people.removeIf([this](qint64 id) { return !m_state->names.contains(id); }); // names no one: no effect
    std::sort(form.people.begin(), form.people.end());
    std::sort(saved.people.begin(), saved.people.end());
    return form.toJson() != saved.toJson();
}

bool RotaTab::applySettings()
{
    if (!m_session || m_session->isReadOnly())
        return false;
    QString problem;
    const RotaSettings s = formSettings(&problem);
    showMessage(m_ui->rotaErrorLabel, problem);
    if (!problem.isEmpty() || !settingsChanged())
        return problem.isEmpty();
    return report(m_ui->rotaErrorLabel, TeamEditCommand::run(m_session, tr("Change the on-call rules"), [&] {
                      return RotaRepository(m_session->workspace()).setSettings(s);
                  }));
}

bool RotaTab::generate()
{
    if (!m_session || m_session->isReadOnly())
        return false;
    showMessage(m_ui->rotaErrorLabel, QString());
    if (!applySettings()) // Generate plans with the rules shown, so changed ones are applied first
        return false;
    auto plan = RotaRepository(m_session->workspace()).plan(rangeFrom(), rangeTo());
    if (!plan)
        return report(m_ui->rotaErrorLabel, plan.error());
    m_state->preview = *plan;
    fillTable();
    updateButtons();
    return true;
}

bool RotaTab::saveRota()
{
    if (!m_session || !m_state->preview)
        return false;
    const RotaPlan plan = *m_state->preview;
    m_state->preview.reset(); // the reload after the save shows what was stored
    if (report(m_ui->rotaErrorLabel, TeamEditCommand::run(m_session, tr("Save the on-call rota"), [&] {
                   return RotaRepository(m_session->workspace()).save(plan.shifts);
               })))
        return true;
    m_state->preview = plan;
    fillTable();
    updateButtons();
    return false;
}

bool RotaTab::applyShift(const RotaShift &shift, const QString &agreedBy, const QString &handover)
{
    // A shift the table does not show has no first day here, which the repository refuses.
    const RotaShift current = findShift(m_state->shown, shift.start).value_or(RotaShift());
    return report(m_ui->rotaErrorLabel, ShiftDialog::write(m_session, current, m_state->stored.value(shift.start).handover,
                                                           shift, agreedBy, handover));
}

void RotaTab::editShift(int row)
{
    const QTableWidgetItem *item = m_ui->rotaTableWidget->item(row, PeriodColumn);
    const std::optional<RotaShift> shift = item ? findShift(m_state->shown, item->data(StartRole).toDate()) : std::nullopt;
    if (!m_session || m_session->isReadOnly() || !shift)
        return;
    ShiftDialog dialog(m_session, *shift, m_state->stored.value(shift->start).handover, m_state->eligible, m_state->people, this);
    dialog.exec();
}

void RotaTab::swapSelected()
{
    const QList<int> rows = selectedShiftRows();
    if (rows.size() == 2)
        if (const std::optional<QString> agreedBy = ShiftDialog::askAgreedBy(this))
            swapShifts(m_ui->rotaTableWidget->item(rows.at(0), PeriodColumn)->data(StartRole).toDate(),
                       m_ui->rotaTableWidget->item(rows.at(1), PeriodColumn)->data(StartRole).toDate(), *agreedBy);
}

bool RotaTab::swapShifts(QDate first, QDate second, const QString &agreedBy)
{
    if (!m_session || m_session->isReadOnly())
        return false;
    return report(m_ui->rotaErrorLabel, ShiftDialog::swap(m_session, findShift(m_state->shown, first).value_or(RotaShift()),
                                                          findShift(m_state->shown, second).value_or(RotaShift()), agreedBy));
}

QList<int> RotaTab::selectedShiftRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->rotaTableWidget->selectionModel()->selectedRows(PeriodColumn))
        if (index.data(StartRole).toDate().isValid())
            rows << index.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RotaTab::select(const QString &key)
{
    for (int row = 0; row < m_ui->rotaTableWidget->rowCount(); ++row)
        if (const QTableWidgetItem *item = m_ui->rotaTableWidget->item(row, PeriodColumn);
            item && item->data(StartRole).toDate() == QDate::fromString(key, Qt::ISODate))
            return m_ui->rotaTableWidget->selectRow(row);
}

QString RotaTab::name(qint64 person) const
{
    if (person == 0)
        return tr("Nobody");
    return m_state->names.contains(person) ? TextRules::visible(m_state->names.value(person)) : tr("Person #%1").arg(person);
}

void RotaTab::fillTable()
{
    State &s = *m_state;
    QTableWidget *table = m_ui->rotaTableWidget;
    const QSignalBlocker blocker(table);
    s.shown = s.preview ? s.preview->shifts : s.storedShifts;
    s.problems = s.preview ? s.preview->problems : RotaPlanner::check(s.settings.rules, s.shown, s.eligible, s.absences);
    table->clearSpans();
    table->setRowCount(std::max(1, int(s.shown.size())));
    if (s.shown.isEmpty()) {
        auto *hint = new QTableWidgetItem(tr("No rota saved for these weeks. Choose the people and rules, then Generate."));
        hint->setFlags(Qt::ItemIsEnabled);
        table->setItem(0, PeriodColumn, hint);
        table->setSpan(0, 0, 1, ColumnCount);
    }
    const QColor problemColor = problemBackground(palette());
    for (int row = 0; row < s.shown.size(); ++row) {
        const RotaShift &shift = s.shown.at(row);
        const RotaEntry entry = s.stored.value(shift.start);
        QString details;
        const QString period = ShiftDialog::periodText(shift, &details);
        QString note;
        if (shift.fixed)
            note = entry.agreedBy.isEmpty() ? tr("Hand edit") : tr("Agreed by %1").arg(TextRules::visible(entry.agreedBy));
        else if (s.preview)
            note = tr("Not saved");
        const QString secondary = shift.secondary == 0 && !s.settings.rules.secondary ? QStringLiteral("—") : name(shift.secondary);
        const QStringList texts = { period, name(shift.primary), secondary, note,
                                    TextRules::visible(entry.handover.section(u'\n', 0, 0).trimmed()) };
        QStringList messages;
        for (const RotaProblem &p : std::as_const(s.problems))
            if (p.start == shift.start)
                messages << TextRules::visible(p.message);
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(texts.at(column));
            if (!messages.isEmpty()) {
                item->setBackground(problemColor);
                item->setToolTip(plainToolTip(messages.join(u'\n')));
            }
            QFont font = item->font();
            font.setBold(shift.start == s.onDuty);
            item->setFont(font);
            table->setItem(row, column, item);
        }
        table->item(row, PeriodColumn)->setData(StartRole, shift.start);
        if (messages.isEmpty())
            table->item(row, PeriodColumn)->setToolTip(plainToolTip(details));
        if (messages.isEmpty() && !entry.handover.isEmpty())
            table->item(row, HandoverColumn)->setToolTip(plainToolTip(TextRules::visible(entry.handover)));
    }
    m_ui->problemsListWidget->clear();
    for (const RotaProblem &p : std::as_const(s.problems))
        (new QListWidgetItem(TextRules::visible(p.message), m_ui->problemsListWidget))->setData(Qt::UserRole, DateFormat::date(p.start));
    m_ui->problemsListWidget->setVisible(!s.problems.isEmpty());
    QString status;
    if (s.preview)
        status = tr("Generated plan, not saved yet: Save rota keeps it. Hand edits stay as they are.");
    else if (const qsizetype periods = RotaPlanner::periods(s.settings.rules, rangeFrom(), rangeTo()).size();
             !s.shown.isEmpty() && s.shown.size() < periods)
        status = tr("%n period(s) of these weeks have no saved rota; Generate plans them.", nullptr, int(periods - s.shown.size()));
    showMessage(m_ui->rotaStatusLabel, status);
    // Duty per eligible person over the shifts shown.
    m_ui->fairnessTableWidget->setRowCount(int(s.eligible.size()));
    for (int row = 0; row < s.eligible.size(); ++row) {
        const RotaCount count = RotaPlanner::countFor(s.eligible.at(row).id, s.shown, RotaRepository::holidays());
        m_ui->fairnessTableWidget->setItem(row, 0, new QTableWidgetItem(name(count.person)));
        const QList<int> numbers = { count.primary, count.secondary, count.weekendDays, count.holidayDays };
        for (int i = 0; i < numbers.size(); ++i) {
            auto *item = new QTableWidgetItem;
            item->setData(Qt::DisplayRole, numbers.at(i));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_ui->fairnessTableWidget->setItem(row, i + 1, item);
        }
    }
}

void RotaTab::fillNowAndNext()
{
    State &s = *m_state;
    s.onDuty = QDate();
    Workspace &workspace = m_session->workspace();
    auto pair = RotaRepository(workspace).nowAndNext(QDateTime::currentDateTimeUtc());
    if (!pair)
        return m_ui->onCallNowLabel->setText(pair.error().message);
    const QTimeZone zone = WorkspaceTimeZone::read(workspace);
    const auto at = [&](const QDateTime &utc) { return WorkspaceTimeZone::format(utc, zone); };
    const auto &[now, next] = pair.value();
    QStringList parts = { tr("Nobody is on call now in the saved rota.") };
    if (now.shift.start.isValid()) {
        s.onDuty = now.shift.start;
        const QString until = at(RotaPlanner::dutyEndUtc(s.settings.rules, now.shift, zone));
        parts = { now.shift.secondary != 0
                      ? tr("On call now: %1 (secondary %2), until %3.").arg(name(now.shift.primary), name(now.shift.secondary), until)
                      : tr("On call now: %1, until %2.").arg(name(now.shift.primary), until) };
    }
    if (next.shift.start.isValid())
        parts << tr("Next: %1 from %2.").arg(name(next.shift.primary), at(RotaPlanner::dutyStartUtc(s.settings.rules, next.shift, zone)));
    m_ui->onCallNowLabel->setText(TextRules::sentences(parts));
    m_ui->onCallNowLabel->setToolTip(plainToolTip(TextRules::visible(now.handover)));
}

void RotaTab::updateButtons()
{
    const bool editable = m_session && !m_session->isReadOnly();
    const qsizetype selected = selectedShiftRows().size();
    m_ui->applySettingsPushButton->setEnabled(editable);
    m_ui->generatePushButton->setEnabled(editable);
    m_ui->savePushButton->setEnabled(editable && m_state->preview.has_value());
    m_ui->editShiftPushButton->setEnabled(editable && selected == 1);
    m_ui->swapPushButton->setEnabled(editable && selected == 2);
    m_ui->exportPushButton->setEnabled(m_session && !m_state->storedShifts.isEmpty());
    m_ui->rotaPrintPushButton->setEnabled(m_session != nullptr);
    m_ui->weekStartComboBox->setEnabled(m_ui->periodComboBox->currentIndex() != int(RotaPeriod::Daily));
    m_ui->roleComboBox->setEnabled(m_ui->roleRadioButton->isChecked());
    m_ui->peopleListWidget->setEnabled(m_ui->peopleRadioButton->isChecked());
}

bool RotaTab::exportICalendar()
{
    if (!m_session)
        return false;
    if (m_state->storedShifts.isEmpty())
        return report(m_ui->rotaErrorLabel, makeError(ErrorCode::NotFound, tr("No rota is saved for these weeks. Generate and "
                                                                              "save one before exporting it.")));
    const QString workspacePath = m_session->filePath();
    const QString base = QFileInfo(workspacePath).completeBaseName() + QStringLiteral("-on-call.ics");
    const QString path = FileDialog::outputFileName(this, tr("Export On-call Rota"), QFileInfo(workspacePath).absoluteDir().filePath(base),
                                                    tr("iCalendar files (*.ics)"), workspacePath, QStringLiteral("ics"));
    if (path.isEmpty())
        return false;
    Workspace &workspace = m_session->workspace();
    auto id = RotaRepository(workspace).calendarId();
    if (!id)
        return report(m_ui->rotaErrorLabel, id.error());
    const auto events = ICalendarWriter::rotaEvents(m_state->settings.rules, m_state->storedShifts, m_state->names,
                                                    WorkspaceTimeZone::read(workspace), *id);
    const QByteArray bytes = ICalendarWriter::write(tr("On-call rota"), events, QDateTime::currentDateTimeUtc());
    if (!report(m_ui->rotaErrorLabel, OutputTarget::save(path, workspacePath, [&](QIODevice &device) -> Result<void> {
            if (device.write(bytes) != bytes.size())
                return makeError(ErrorCode::Io, tr("Could not write the calendar: %1").arg(device.errorString()));
            return {};
        })))
        return false;
    QStringList text = { tr("Wrote %n on-call duty(s) to %1.", nullptr, int(events.size())).arg(QDir::toNativeSeparators(path)) };
    if (m_state->preview)
        text << tr("The generated plan is not saved, so it is not in the file.");
    MessageBox::information(this, tr("Export On-call Rota"), TextRules::sentences(text));
    return true;
}

QString RotaTab::rotaHtml() const
{
    // Title, whose rota and when it was printed, then the table as shown and the rules it breaks.
    auto org = m_session ? OrgProfileRepository(m_session->workspace()).value(OrgProfile::Field::Name) : Result<QString>(QString());
    const QStringList facts = { org ? *org : QString(), tr("%1 to %2").arg(DateFormat::date(rangeFrom()), DateFormat::date(rangeTo())),
                                tr("Printed on %1").arg(DocumentBuilder::dateIn(Language::current(), QDate::currentDate())) };
    const QTableWidget *table = m_ui->rotaTableWidget;
    QString html = QStringLiteral("<h1>%1</h1><p>%2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>")
                       .arg(tr("On-call rota").toHtmlEscaped(), facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    for (int column = 0; column < ColumnCount; ++column)
        html += QStringLiteral("<th>%1</th>").arg(table->horizontalHeaderItem(column)->text().toHtmlEscaped());
    for (int row = 0; row < table->rowCount(); ++row) {
        html += QStringLiteral("</tr><tr>");
        for (int column = 0; column < ColumnCount; column += table->columnSpan(row, column)) {
            const QTableWidgetItem *item = table->item(row, column);
            html += QStringLiteral("<td colspan=\"%1\"%2>%3</td>")
                        .arg(QString::number(table->columnSpan(row, column)),
                             item && item->font().bold() ? QStringLiteral(" style=\"font-weight: bold\"") : QString(),
                             item ? item->text().toHtmlEscaped() : QString());
        }
    }
    html += QStringLiteral("</tr></table>");
    if (!m_state->problems.isEmpty())
        html += QStringLiteral("<h2>%1</h2>").arg(tr("Problems").toHtmlEscaped());
    for (const RotaProblem &p : std::as_const(m_state->problems))
        html += QStringLiteral("<p>• %1</p>").arg(TextRules::visible(p.message).toHtmlEscaped());
    return html;
}

void RotaTab::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print On-call Rota"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(printer);
}

void RotaTab::printTo(QPrinter &printer) const
{
    QTextDocument document; // page numbers at the foot of each page
    document.setDefaultFont(DocumentBuilder(Language::current(), {}, {}, {}, {}).font());
    document.setHtml(rotaHtml());
    document.print(&printer);
}

bool RotaTab::hasPreview() const
{
    return m_state->preview.has_value();
}

QString RotaTab::errorText() const
{
    return m_ui->rotaErrorLabel->isHidden() ? QString() : m_ui->rotaErrorLabel->text();
}

void RotaTab::changeEvent(QEvent *event)
{
    TeamTab::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        reload();
    } else if (event->type() == QEvent::PaletteChange && m_session) {
        fillTable(); // the problem colour follows the palette
    }
}

} // namespace csirtkit
