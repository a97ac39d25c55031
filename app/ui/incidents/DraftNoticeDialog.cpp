#include "incidents/DraftNoticeDialog.h"

#include "common/FileDialog.h"
#include "common/MarkdownEditor.h"
#include "common/MessageBox.h"

#include <QBuffer>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>
#include <QVBoxLayout>

namespace csirtkit {

DraftNoticeDialog::DraftNoticeDialog(const QString &title, const QString &markdown, const QString &workspacePath, QWidget *parent)
    : QDialog(parent), m_editor(new MarkdownEditor(this)), m_workspacePath(workspacePath)
{
    setObjectName(QStringLiteral("draftNoticeDialog"));
    setWindowTitle(tr("Draft Notice — %1").arg(title));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check the draft, fill in its sections here or after saving, and have it reviewed before "
                                "it is sent."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_editor->setObjectName(QStringLiteral("draftNoticeEditor"));
    m_editor->setText(markdown);
    m_editor->showPreview(true);
    layout->addWidget(m_editor, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *save = buttons->addButton(tr("Save As…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveDraftAsButton"));
    save->setDefault(true);
    layout->addWidget(buttons);
    connect(save, &QPushButton::clicked, this, &DraftNoticeDialog::saveAs);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(760, 620);
}

QString DraftNoticeDialog::text() const
{
    return m_editor->text();
}

void DraftNoticeDialog::saveAs()
{
    const QString path = FileDialog::outputFileName(this, tr("Save Draft Notice"), QString(),
                                                    tr("Markdown (*.md);;OpenDocument text (*.odt)"), m_workspacePath);
    if (!path.isEmpty() && saveTo(path)) {
        MessageBox::information(this, tr("Draft Notice"), tr("The draft was saved to “%1”.").arg(QDir::toNativeSeparators(path)));
        accept();
    }
}

bool DraftNoticeDialog::saveTo(const QString &path)
{
    const QString markdown = text();
    QByteArray bytes = markdown.toUtf8();
    bool ok = true;
    if (path.endsWith(QLatin1String(".odt"), Qt::CaseInsensitive)) {
        // The ODF writer closes its device when done, which a QSaveFile must not be: write to memory first.
        QTextDocument document;
        document.setMarkdown(markdown, QTextDocument::MarkdownNoHTML);
        QBuffer buffer;
        QTextDocumentWriter writer(&buffer, "odf");
        ok = writer.write(&document);
        bytes = buffer.data();
    }
    QSaveFile file(path);
    ok = ok && file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
    if (!ok) {
        MessageBox::critical(this, tr("Draft Notice"), tr("The draft could not be saved to “%1”. Choose another folder.").arg(path));
        return false;
    }
    m_saved = path;
    return true;
}

} // namespace csirtkit
