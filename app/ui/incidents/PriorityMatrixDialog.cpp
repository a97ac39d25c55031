#include "incidents/PriorityMatrixDialog.h"

#include "common/FunctionCommand.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "incidents/PriorityMatrix.h"
#include "incidents/Taxonomy.h"
#include "workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csirtkit {

PriorityMatrixDialog::PriorityMatrixDialog(WorkspaceSession *session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("priorityMatrixDialog"));
    setWindowTitle(tr("Priority Matrix"));
    const QString language = Language::current();
    const Taxonomy &tax = Taxonomy::instance();
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The priority of an incident follows from its impact and urgency. Change a cell to fit your "
                                "organisation; incidents whose priority was not overridden follow the new matrix."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Impact ↓ / Urgency →"), this), 0, 0);
    int column = 1;
    for (const TaxonomyTerm &urgency : tax.levels())
        grid->addWidget(new QLabel(urgency.title.in(language), this), 0, column++, Qt::AlignCenter);
    int row = 1;
    for (const TaxonomyTerm &impact : tax.levels()) {
        grid->addWidget(new QLabel(impact.title.in(language), this), row, 0);
        column = 1;
        for (const TaxonomyTerm &urgency : tax.levels()) {
            auto *combo = new QComboBox(this);
            combo->setObjectName(QStringLiteral("cell_%1_%2ComboBox").arg(impact.key, urgency.key));
            for (const TaxonomyTerm &priority : tax.priorities())
                combo->addItem(priority.title.in(language), priority.key); // the title names the key ("P1 – Critical")
            m_cells.insert(PriorityMatrix::key(impact.key, urgency.key), combo);
            grid->addWidget(combo, row, column++);
        }
        ++row;
    }
    layout->addLayout(grid);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::RestoreDefaults)->setObjectName(QStringLiteral("restoreMatrixButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PriorityMatrixDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { show(PriorityMatrix::defaults()); });
    auto cells = PriorityMatrix(session->workspace()).cells();
    show(cells ? *cells : PriorityMatrix::defaults());
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!session->isReadOnly());
}

PriorityMatrixDialog::~PriorityMatrixDialog() = default;

QComboBox *PriorityMatrixDialog::cell(const QString &impact, const QString &urgency) const
{
    return m_cells.value(PriorityMatrix::key(impact, urgency));
}

void PriorityMatrixDialog::show(const QHash<QString, QString> &cells)
{
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(cells.value(it.key()))));
}

void PriorityMatrixDialog::accept()
{
    auto before = PriorityMatrix(m_session->workspace()).cells();
    if (!before) {
        MessageBox::critical(this, windowTitle(), before.error().message);
        return;
    }
    PriorityMatrix::Cells after;
    for (auto it = m_cells.cbegin(); it != m_cells.cend(); ++it)
        after.insert(it.key(), it.value()->currentData().toString());
    if (after != *before) {
        WorkspaceSession *session = m_session;
        const PriorityMatrix::Cells old = *before;
        auto step = [session](const PriorityMatrix::Cells &cells) {
            return [session, cells]() -> Result<void> {
                auto changed = PriorityMatrix(session->workspace()).set(cells);
                if (!changed)
                    return changed.error();
                return {};
            };
        };
        session->undoStack()->push(new FunctionCommand(session, QStringLiteral("priority_matrix"), tr("Change priority matrix"),
                                                       step(after), step(old)));
    }
    QDialog::accept();
}

} // namespace csirtkit
