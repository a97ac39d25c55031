#include "phases/PlanExporter.h"

#include "workspace/Workspace.h"

#include "phases/PagedTextDocument.h"
#include "phases/PlanHtml.h"
#include "phases/PlanMarkdown.h"
#include "phases/PlanSnapshot.h"

#include "workspace/OutputTarget.h"
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTextDocument>
#include <QTextDocumentWriter>

namespace csirtkit {

namespace {

Error cannotWrite(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::Io, PlanExporter::tr("The plan could not be saved as “%1” (%2). Check that the folder "
                                                     "is writable and the disk is not full.")
                                        .arg(QDir::toNativeSeparators(path), reason));
}

Result<void> writeOdt(QIODevice &out, const QString &html, const QString &title)
{
    QTextDocument document;
    document.setDefaultFont(PlanExporter::documentFont());
    document.setHtml(html);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    // The ODF writer closes its device when done, which a QSaveFile must not be: write to memory first.
    QBuffer buffer;
    QTextDocumentWriter writer(&buffer, "odf");
    if (!writer.write(&document))
        return makeError(ErrorCode::Io, PlanExporter::tr("The OpenDocument file could not be made. Export the plan "
                                                         "as PDF or HTML instead."));
    out.write(buffer.data());
    return {};
}

} // namespace

std::optional<PlanExporter::Format> PlanExporter::formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    if (n == QLatin1String("odt"))
        return Format::Odt;
    if (n == QLatin1String("html"))
        return Format::Html;
    if (n == QLatin1String("md"))
        return Format::Markdown;
    return std::nullopt;
}

QStringList PlanExporter::formatNames()
{
    return { QStringLiteral("pdf"), QStringLiteral("odt"), QStringLiteral("html"), QStringLiteral("md") };
}

QFont PlanExporter::documentFont()
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
    return font;
}

QString PlanExporter::markdown(Workspace &workspace, const QString &language, const QDate &date)
{
    auto plan = PlanSnapshot::read(workspace, language, date);
    return plan ? PlanMarkdown::render(*plan) : QString();
}

Result<void> PlanExporter::write(Workspace &workspace, const QString &language, Format format, const QString &outputPath)
{
    const QFileInfo target(outputPath);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::NotFound, tr("The folder “%1” does not exist. Choose an existing folder for the "
                                                 "exported plan.")
                                                  .arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return makeError(ErrorCode::Invalid, tr("“%1” is a folder. Give a file name for the exported plan.")
                                                 .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    if (auto allowed = OutputTarget::check(outputPath, OutputTarget::Existing::Replace, workspace.filePath()); !allowed)
        return allowed.error();
    const bool laysOutText = format == Format::Pdf || format == Format::Odt;
    if (laysOutText && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Invalid, tr("PDF and OpenDocument export need fonts, which are only available in "
                                                "the graphical application. Export as HTML or Markdown instead."));
    auto plan = PlanSnapshot::read(workspace, language, QDate::currentDate());
    if (!plan)
        return plan.error();

    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(target.absoluteFilePath(), file.errorString());
    const QString title = QStringLiteral("%1: %2").arg(PlanSnapshot::documentTitle(), plan->organisation);
    Result<void> written;
    switch (format) {
    case Format::Markdown:
        file.write(PlanMarkdown::render(*plan).toUtf8());
        break;
    case Format::Html:
        file.write(PlanHtml::render(*plan, PlanHtml::Target::File).toUtf8());
        break;
    case Format::Pdf: {
        PagedTextDocument document(PlanHtml::render(*plan, PlanHtml::Target::TextDocument), documentFont(),
                                   plan->organisation, plan->date.toString(Qt::ISODate));
        written = document.writePdf(file, title);
        break;
    }
    case Format::Odt:
        written = writeOdt(file, PlanHtml::render(*plan, PlanHtml::Target::TextDocument), title);
        break;
    }
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return cannotWrite(target.absoluteFilePath(), file.errorString());
    return {};
}

} // namespace csirtkit
