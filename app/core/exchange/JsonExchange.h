#pragma once

// SKELETON — to be written.
namespace csirtkit {
class JsonExchange;
} // namespace csirtkit
