package vn.tiepdon.ui.cli;

import picocli.CommandLine.IVersionProvider;

final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = TiepdonCommand.class.getPackage().getImplementationVersion();
    return new String[] {"tiepdon " + (version == null ? "development build" : version)};
  }
}
