#include "team/ShiftDialog.h"

#include "ui_ShiftDialog.h"

#include "common/DateFormat.h"
#include "common/Language.h"
#include "common/TextRules.h"
#include "team/RotaRepository.h"
#include "team/TeamEditCommand.h"
#include "team/TeamTypes.h"
#include "workspace/WorkspaceSession.h"

#include <QEvent>
#include <QInputDialog>
#include <QSet>

namespace csirtkit {

ShiftDialog::ShiftDialog(WorkspaceSession *session, const RotaShift &shift, const QString &handover,
                         const QList<RotaPerson> &eligible, const QList<Person> &people, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::ShiftDialog>()), m_session(session), m_shift(shift), m_handover(handover)
{
    m_ui->setupUi(this);
    m_ui->shiftErrorLabel->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    QSet<qint64> listed;
    for (const RotaPerson &p : eligible)
        listed.insert(p.id);
    QList<RotaPerson> others;
    for (const Person &p : people)
        if (!listed.contains(p.id) && (p.active || p.id == shift.primary || p.id == shift.secondary))
            others.append({ p.id, p.active ? p.name : tr("%1 (inactive)").arg(p.name) });
    fill(m_ui->primaryComboBox, eligible, others, shift.primary);
    fill(m_ui->secondaryComboBox, eligible, others, shift.secondary);
    m_ui->handoverPlainTextEdit->setPlainText(handover);
    retranslate();
}

ShiftDialog::~ShiftDialog() = default;

void ShiftDialog::fill(QComboBox *combo, const QList<RotaPerson> &eligible, const QList<RotaPerson> &others, qint64 current)
{
    for (const RotaPerson &p : eligible)
        combo->addItem(TextRules::visible(p.name), p.id);
    if (!others.isEmpty()) {
        combo->insertSeparator(combo->count());
        for (const RotaPerson &p : others)
            combo->addItem(TextRules::visible(p.name), p.id);
    }
    combo->insertSeparator(combo->count());
    combo->addItem(tr("Nobody"), qint64(0));
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void ShiftDialog::setValues(qint64 primary, qint64 secondary, const QString &agreedBy, const QString &handover)
{
    m_ui->primaryComboBox->setCurrentIndex(std::max(0, m_ui->primaryComboBox->findData(primary)));
    m_ui->secondaryComboBox->setCurrentIndex(std::max(0, m_ui->secondaryComboBox->findData(secondary)));
    m_ui->agreedByLineEdit->setText(agreedBy);
    m_ui->handoverPlainTextEdit->setPlainText(handover);
}

RotaShift ShiftDialog::shift() const
{
    RotaShift s = m_shift;
    s.primary = m_ui->primaryComboBox->currentData().toLongLong();
    s.secondary = m_ui->secondaryComboBox->currentData().toLongLong();
    return s;
}

QString ShiftDialog::agreedBy() const
{
    return m_ui->agreedByLineEdit->text().trimmed();
}

QString ShiftDialog::handover() const
{
    return m_ui->handoverPlainTextEdit->toPlainText();
}

bool ShiftDialog::peopleChanged() const
{
    const RotaShift s = shift();
    return s.primary != m_shift.primary || s.secondary != m_shift.secondary;
}

QString ShiftDialog::errorText() const
{
    return m_ui->shiftErrorLabel->isHidden() ? QString() : m_ui->shiftErrorLabel->text();
}

void ShiftDialog::accept()
{
    if (auto r = write(m_session, m_shift, m_handover, shift(), agreedBy(), handover()); !r) {
        showError(r.error().message);
        if (peopleChanged() && agreedBy().isEmpty())
            m_ui->agreedByLineEdit->setFocus();
        return;
    }
    showError(QString());
    QDialog::accept();
}

Result<void> ShiftDialog::write(WorkspaceSession *session, const RotaShift &current, const QString &currentHandover,
                                const RotaShift &changed, const QString &agreedBy, const QString &handover)
{
    const bool peopleChanged = changed.primary != current.primary || changed.secondary != current.secondary;
    const bool noteChanged = handover != currentHandover;
    if (!session || (!peopleChanged && !noteChanged))
        return {};
    if (peopleChanged && agreedBy.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say who agreed to the change of people (for example the team lead)."));
    if (auto problem = TextRules::problem(handover, TextRules::Kind::Lines); noteChanged && problem)
        return makeError(ErrorCode::Invalid, *problem); // checked first: a refused note must not leave the people changed
    RotaShift shift = current;
    shift.primary = changed.primary;
    shift.secondary = changed.secondary;
    return TeamEditCommand::run(session, tr("Edit the on-call shift from %1").arg(DateFormat::date(shift.start)),
                                [&]() -> Result<void> {
                                    RotaRepository repo(session->workspace());
                                    if (peopleChanged)
                                        if (auto r = repo.setShifts({ shift }, agreedBy.trimmed()); !r)
                                            return r;
                                    return noteChanged ? repo.setHandover(shift.start, handover) : Result<void>();
                                });
}

Result<void> ShiftDialog::swap(WorkspaceSession *session, RotaShift first, RotaShift second, const QString &agreedBy)
{
    if (!first.start.isValid() || !second.start.isValid() || first.start == second.start)
        return makeError(ErrorCode::Invalid, tr("Select the two shifts whose primaries swap."));
    if (agreedBy.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say who agreed to the swap."));
    std::swap(first.primary, second.primary);
    const QString text = tr("Swap the on-call duty of %1 and %2").arg(DateFormat::date(first.start), DateFormat::date(second.start));
    return TeamEditCommand::run(session, text, [&] {
        return RotaRepository(session->workspace()).setShifts({ first, second }, agreedBy.trimmed());
    });
}

QString ShiftDialog::periodText(const RotaShift &shift, QString *details)
{
    int weekend = 0;
    QStringList holidays;
    for (QDate day = shift.start; day.isValid() && day <= shift.end; day = day.addDays(1)) {
        weekend += day.dayOfWeek() >= Qt::Saturday ? 1 : 0;
        if (RotaRepository::holidays().contains(day))
            holidays << DateFormat::date(day) + u' ' + RotaRepository::holidayName(day, Language::current());
    }
    QStringList parts = { tr("%1 – %2").arg(DateFormat::date(shift.start), DateFormat::date(shift.end)) };
    const QString weekendText = tr("%n weekend day(s)", nullptr, weekend);
    if (weekend > 0 && shift.start.daysTo(shift.end) < 6) // every week has its weekend: said for shorter periods only
        parts << weekendText;
    if (!holidays.isEmpty())
        parts << tr("%n holiday(s)", nullptr, int(holidays.size()));
    if (details)
        *details = QStringList(QStringList { weekendText } + holidays).join(u'\n');
    return parts.join(QStringLiteral(" · "));
}

std::optional<QString> ShiftDialog::askAgreedBy(QWidget *parent)
{
    bool ok = false;
    const QString text = QInputDialog::getText(parent, tr("Swap Shifts"),
                                               tr("The primaries of the two shifts change places. Who agreed to the swap?"),
                                               QLineEdit::Normal, QString(), &ok);
    return ok ? std::optional(text) : std::nullopt;
}

void ShiftDialog::showError(const QString &message)
{
    m_ui->shiftErrorLabel->setText(message);
    m_ui->shiftErrorLabel->setVisible(!message.isEmpty());
}

void ShiftDialog::retranslate()
{
    QString details;
    const QString period = periodText(m_shift, &details);
    m_ui->shiftPeriodLabel->setText(period + u'\n' + details);
    for (QComboBox *combo : { m_ui->primaryComboBox, m_ui->secondaryComboBox })
        combo->setItemText(combo->findData(qint64(0)), tr("Nobody"));
}

void ShiftDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

} // namespace csirtkit
