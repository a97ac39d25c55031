#pragma once

// SKELETON — to be written.
namespace csirtkit {
class CsvFormat;
} // namespace csirtkit
