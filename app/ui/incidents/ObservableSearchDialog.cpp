#include "incidents/ObservableSearchDialog.h"

namespace csirtkit {

ObservableSearchDialog::ObservableSearchDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent), m_session(session)
{
}

ObservableSearchDialog::~ObservableSearchDialog() = default;

} // namespace csirtkit
